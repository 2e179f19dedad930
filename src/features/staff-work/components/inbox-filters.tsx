import { useEffect, useRef, useState, type RefObject, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { InboxSort, StaffArea, WorkStage } from '@/api/contracts/staff-work';
import { Button } from '@/components/ui/button';
import { PhoneFilters } from '@/components/ui/phone-filters';
import { paths } from '@/config/paths';
import { staffMembersQueryOptions } from '@/api/queries/staff-members-queries';
import { inboxSearchString, type InboxSearch } from '../api/inbox-search';
import { staffAreaWords, workStageWords } from './work-words';

const selectClasses =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 sm:w-52';

interface InboxFiltersProps {
  search: InboxSearch;
  areas: readonly StaffArea[];
  /**
   * The page's, as the form is made anew for every search (its key): set on "Show work", so the new
   * form gives its button focus back, where the keyboard user left it.
   */
  refocusRef: RefObject<boolean>;
}

/**
 * Stage, area (for someone in more than one), city, "assigned to me" and order, applied with a
 * button (a select that moved the page would lose a keyboard user); the URL keeps them.
 */
export function InboxFilters({ search, areas, refocusRef }: InboxFiltersProps) {
  const navigate = useNavigate();
  const showWork = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!refocusRef.current) return;
    refocusRef.current = false;
    showWork.current?.focus();
  }, [refocusRef]);
  const cities = useSuspenseQuery(staffMembersQueryOptions()).data.items;
  const [stage, setStage] = useState<string>(search.stage ?? '');
  const [area, setArea] = useState<string>(search.area ?? '');
  const [memberId, setMemberId] = useState<string>(search.memberId ?? '');
  const [mine, setMine] = useState(search.mine);
  const [sort, setSort] = useState<InboxSort>(search.sort);

  function apply(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: InboxSearch = {
      ...(search.kind && { kind: search.kind }),
      ...(stage && { stage: stage as WorkStage }),
      ...(area && { area: area as StaffArea }),
      ...(memberId && { memberId }),
      mine,
      sort,
      page: 1,
    };
    if (inboxSearchString(next) !== inboxSearchString(search)) refocusRef.current = true;
    void navigate(paths.staff.href(inboxSearchString(next)));
  }

  return (
    <form onSubmit={apply} aria-label="Filter the inbox" className="mt-5 flex flex-wrap items-end gap-4">
      <PhoneFilters
        on={
          [search.stage, search.area, search.memberId, search.sort === 'newest'].filter(Boolean).length +
          (search.mine ? 1 : 0)
        }
      >
        <div className="w-full sm:w-auto">
          <label htmlFor="inbox-stage" className="font-semibold text-slate-900">
            Stage
          </label>
          <select id="inbox-stage" className={selectClasses} value={stage} onChange={(e) => setStage(e.target.value)}>
            <option value="">New and in progress</option>
            {(['new', 'in_progress'] as const).map((s) => (
              <option key={s} value={s}>
                {workStageWords[s].text}
              </option>
            ))}
          </select>
        </div>
        {areas.length > 1 && (
          <div className="w-full sm:w-auto">
            <label htmlFor="inbox-area" className="font-semibold text-slate-900">
              Area
            </label>
            <select id="inbox-area" className={selectClasses} value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">All my areas</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {staffAreaWords[a]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="w-full sm:w-auto">
          <label htmlFor="inbox-city" className="font-semibold text-slate-900">
            City
          </label>
          <select
            id="inbox-city"
            className={selectClasses}
            value={memberId}
            onChange={(e) => setMemberId(e.target.value)}
          >
            <option value="">All cities</option>
            {cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.city}, {c.state}
              </option>
            ))}
          </select>
        </div>
        <div className="w-full sm:w-auto">
          <label htmlFor="inbox-sort" className="font-semibold text-slate-900">
            Order
          </label>
          <select
            id="inbox-sort"
            className={selectClasses}
            value={sort}
            onChange={(e) => setSort(e.target.value === 'newest' ? 'newest' : 'oldest')}
          >
            <option value="oldest">Waiting longest first</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
        <div className="flex min-h-11 items-center gap-2">
          <input
            id="inbox-mine"
            type="checkbox"
            checked={mine}
            onChange={(e) => setMine(e.target.checked)}
            className="size-5 accent-accent-700"
          />
          <label htmlFor="inbox-mine" className="font-semibold text-slate-900">
            Assigned to me
          </label>
        </div>
        <Button ref={showWork} type="submit" variant="secondary" className="justify-self-start">
          Show work
        </Button>
      </PhoneFilters>
    </form>
  );
}
