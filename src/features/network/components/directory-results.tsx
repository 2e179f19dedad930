import { useSuspenseQuery } from '@tanstack/react-query';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { countOf } from '@/lib/format';
import {
  DIRECTORY_PAGE_SIZE,
  directoryQueryOptions,
  directorySearchString,
  type DirectorySearch,
} from '../api/network-queries';
import { DirectoryEntryCard } from './directory-entry-card';

/** The people who chose to be listed, for this search. */
export function DirectoryResults({ memberId, search }: { memberId: string; search: DirectorySearch }) {
  const { data } = useSuspenseQuery(directoryQueryOptions(search));
  return (
    <section aria-labelledby="directory-results" className="mt-6">
      <h2 id="directory-results" className="text-xl font-bold text-slate-900">
        {data.total === 0 ? 'No one found' : countOf(data.total, 'person', 'people')}
      </h2>
      {data.total === 0 ? (
        <p className="mt-2 text-slate-700">
          No listed person matches this search. People choose whether they are listed, so not everyone is here.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {data.items.map((entry) => (
            <li key={entry.personId} className="p-4">
              <DirectoryEntryCard entry={entry} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={search.page}
        pageSize={DIRECTORY_PAGE_SIZE}
        total={data.total}
        hrefFor={(page) => paths.member.directory.href(memberId, directorySearchString({ ...search, page }))}
        label="Directory pages"
      />
    </section>
  );
}
