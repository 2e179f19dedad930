/**
 * A list's choices as they live in the URL: a view, a page and, on a list with a search box, the
 * words typed (`?view=draft&q=heat&page=2`).
 */
export interface ViewPageSearch<V extends string> {
  view: V;
  page: number;
  /** Only on a list with a search box. */
  q?: string;
}

/** The most of a search the URL keeps: longer is never something a person typed on purpose. */
const MAX_WORDS = 200;

/**
 * Reading and writing a staff list's `?view=…&q=…&page=…`, for the given views and the default
 * one: the URL is read leniently (a value that makes no sense is ignored, not an error page), and
 * defaults are left out of links so shared ones stay short.
 */
export function viewPageSearch<V extends string>(views: readonly V[], byDefault: V) {
  return {
    parse: (params: URLSearchParams): Required<ViewPageSearch<V>> => {
      const page = Number(params.get('page'));
      return {
        view: views.find((v) => v === params.get('view')) ?? byDefault,
        page: Number.isInteger(page) && page > 1 ? page : 1,
        q: (params.get('q') ?? '').trim().slice(0, MAX_WORDS),
      };
    },
    toString: ({ view, page, q }: ViewPageSearch<V>): string => {
      const params = new URLSearchParams();
      if (view !== byDefault) params.set('view', view);
      if (q) params.set('q', q);
      if (page > 1) params.set('page', String(page));
      const text = params.toString();
      return text ? `?${text}` : '';
    },
  };
}
