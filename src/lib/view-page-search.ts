/** A list's choices as they live in the URL: a view and a page (`?view=past&page=2`). */
export interface ViewPageSearch<V extends string> {
  view: V;
  page: number;
}

/**
 * Reading and writing a staff list's `?view=…&page=…`, for the given views and the default one:
 * the URL is read leniently (a value that makes no sense is ignored, not an error page), and
 * defaults are left out of links so shared ones stay short.
 */
export function viewPageSearch<V extends string>(views: readonly V[], byDefault: V) {
  return {
    parse: (params: URLSearchParams): ViewPageSearch<V> => {
      const page = Number(params.get('page'));
      return {
        view: views.find((v) => v === params.get('view')) ?? byDefault,
        page: Number.isInteger(page) && page > 1 ? page : 1,
      };
    },
    toString: ({ view, page }: ViewPageSearch<V>): string => {
      const params = new URLSearchParams();
      if (view !== byDefault) params.set('view', view);
      if (page > 1) params.set('page', String(page));
      const text = params.toString();
      return text ? `?${text}` : '';
    },
  };
}
