import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { paths } from '@/config/paths';
import { briefingBookListQueryOptions, meetingsWithBooksQueryOptions } from '../../api/briefing-books-queries';
import {
  effectiveSort,
  libraryFilters,
  librarySearchString,
  parseLibrarySearch,
  type LibrarySearch,
  type LibrarySort,
} from '../../api/library-search';

/** How long typing pauses before the search runs: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;
const FIRST_YEAR = 2015;

const SORT_LABELS: Record<LibrarySort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title, A to Z',
};

/**
 * The library's search and filters, all kept in the URL. Typing waits for a pause and replaces the
 * URL (no history entry per key); a filter adds a history entry, so Back undoes it.
 */
export function LibrarySearchForm({ memberId, search }: { memberId: string; search: LibrarySearch }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: areas } = useQuery(policyAreaListQueryOptions());
  const { data: meetings } = useQuery(meetingsWithBooksQueryOptions(memberId));
  const [text, setText] = useState(search.q);
  // The words last put in the URL from here: a different q in the URL came from elsewhere (Back,
  // a shared link), and then the box follows it.
  const [urlQ, setUrlQ] = useState(search.q);
  if (search.q !== urlQ) {
    setUrlQ(search.q);
    setText(search.q);
  }
  const timer = useRef<number | undefined>(undefined);
  // The same option elements from render to render: typing re-renders the form on every search,
  // and React skips elements it has already rendered (a phone's keystroke-to-results, issue 5).
  const areaOptions = useMemo(
    () =>
      areas?.items.map((area) => (
        <option key={area.id} value={area.id}>
          {area.name}
        </option>
      )),
    [areas],
  );
  const meetingOptions = useMemo(
    () =>
      meetings?.map((meeting) => (
        <option key={meeting.id} value={meeting.id}>
          {meeting.title}
        </option>
      )),
    [meetings],
  );
  const yearOptions = useMemo(() => {
    const thisYear = new Date().getFullYear();
    return Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i).map((year) => (
      <option key={year} value={year}>
        {year}
      </option>
    ));
  }, []);

  function go(next: LibrarySearch, replace: boolean) {
    setUrlQ(next.q.trim());
    const search = librarySearchString(next);
    // The request starts now, before the router's navigation work; the route's loader then finds it
    // on its way (same key: the search as read back from the URL). A phone's keystroke-to-results.
    queryClient
      .query(briefingBookListQueryOptions(libraryFilters(parseLibrarySearch(new URLSearchParams(search)))))
      // A failure is the results' to show (with a retry), through the same query.
      .catch(() => undefined);
    void navigate(paths.member.library.href(memberId, search), { replace });
  }

  function typed(value: string) {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => go({ ...search, q: value, page: 1 }, true), SEARCH_DEBOUNCE_MS);
  }

  function chose(patch: Partial<LibrarySearch>) {
    window.clearTimeout(timer.current);
    go({ ...search, q: text, ...patch, page: 1 }, false);
  }

  const optional = (value: string) => (value === '' ? undefined : value);

  return (
    <form
      role="search"
      aria-label="Library"
      className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={(event) => {
        event.preventDefault();
        chose({});
      }}
    >
      <div className="sm:col-span-2 lg:col-span-4">
        <Field id="library-q" label="Search the library" hint="Words from the title or summary, like “transit equity”.">
          {(control) => (
            <Input {...control} type="search" value={text} onChange={(event) => typed(event.target.value)} />
          )}
        </Field>
      </div>
      <Field id="library-area" label="Policy area">
        {(control) => (
          <Select
            {...control}
            value={search.policyArea ?? ''}
            onChange={(e) => chose({ policyArea: optional(e.target.value) })}
          >
            <option value="">All policy areas</option>
            {areaOptions}
          </Select>
        )}
      </Field>
      <Field id="library-meeting" label="Meeting">
        {(control) => (
          <Select
            {...control}
            value={search.meetingId ?? ''}
            onChange={(e) => chose({ meetingId: optional(e.target.value) })}
          >
            <option value="">All meetings</option>
            {meetingOptions}
          </Select>
        )}
      </Field>
      <Field id="library-year" label="Year">
        {(control) => (
          <Select
            {...control}
            value={search.year === undefined ? '' : String(search.year)}
            onChange={(e) => chose({ year: e.target.value === '' ? undefined : Number(e.target.value) })}
          >
            <option value="">All years</option>
            {yearOptions}
          </Select>
        )}
      </Field>
      <Field id="library-sort" label="Sort by">
        {(control) => (
          <Select
            {...control}
            value={effectiveSort(search)}
            onChange={(e) => chose({ sort: e.target.value as LibrarySort })}
          >
            {(Object.keys(SORT_LABELS) as LibrarySort[])
              .filter((sort) => sort !== 'relevance' || search.q.trim() || text.trim())
              .map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
          </Select>
        )}
      </Field>
    </form>
  );
}
