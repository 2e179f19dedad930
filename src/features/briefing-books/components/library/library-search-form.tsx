import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { PhoneFilters } from '@/components/ui/phone-filters';
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
 * The library's search and filters. Typing waits for a pause, then searches (`onType`: the URL
 * follows without a history entry per pause); a filter or the search button is a choice
 * (`onChoose`: a history entry, so Back undoes it). See `useLibrarySearch`.
 */
export function LibrarySearchForm({
  memberId,
  search,
  onType,
  onChoose,
}: {
  memberId: string;
  search: LibrarySearch;
  onType: (next: LibrarySearch) => void;
  onChoose: (next: LibrarySearch) => void;
}) {
  const queryClient = useQueryClient();
  const { data: areas } = useQuery(policyAreaListQueryOptions());
  const { data: meetings } = useQuery(meetingsWithBooksQueryOptions(memberId));
  const [text, setText] = useState(search.q);
  // The words last searched for from here: a different q in the search came from elsewhere (Back,
  // a shared link), and then the box follows it.
  const [urlQ, setUrlQ] = useState(search.q);
  if (search.q !== urlQ) {
    setUrlQ(search.q);
    setText(search.q);
  }
  const filtersOn = [search.policyArea, search.meetingId, search.year, search.sort].filter(
    (v) => v !== undefined,
  ).length;
  const timer = useRef<number | undefined>(undefined);
  // Words typed just before leaving the library are not searched for after it has gone.
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // The same option elements from render to render: typing re-renders the form on every search,
  // and React skips elements it has already rendered (time a slow phone needs for the results).
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

  /** The search as the URL will hold it (trimmed, cut to length), with its request already going. */
  function started(wanted: LibrarySearch): LibrarySearch {
    const next = parseLibrarySearch(new URLSearchParams(librarySearchString(wanted)));
    setUrlQ(next.q);
    // The request starts now, before React renders anything for it; the results find it on its way
    // under the same key. Keystroke-to-results.
    queryClient
      .query(briefingBookListQueryOptions(libraryFilters(next)))
      // A failure is the results' to show (with a retry), through the same query.
      .catch(() => undefined);
    return next;
  }

  function typed(value: string) {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onType(started({ ...search, q: value, page: 1 })), SEARCH_DEBOUNCE_MS);
  }

  function chose(patch: Partial<LibrarySearch>) {
    window.clearTimeout(timer.current);
    onChoose(started({ ...search, q: text, ...patch, page: 1 }));
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
      <PhoneFilters on={filtersOn}>
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
      </PhoneFilters>
    </form>
  );
}
