import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { StaffBookSummary } from '@/api/contracts/staff-library';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { PagedList } from '@/components/ui/paged-list';
import { StatusTag } from '@/components/ui/status-tag';
import { TabLinks } from '@/components/ui/tab-links';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatDate, formatInstantDate } from '@/lib/format';
import {
  STAFF_BOOK_VIEWS,
  staffBookListQueryOptions,
  staffBookSearchString,
  type StaffBookSearch,
  type StaffBookView,
} from '../../api/staff-library-queries';

const VIEW_WORDS: Record<StaffBookView, { tab: string; heading: string; empty: string }> = {
  all: { tab: 'All', heading: 'Books and resources, latest change first', empty: 'Nothing matches.' },
  draft: { tab: 'Drafts', heading: 'Drafts, latest change first', empty: 'No draft matches.' },
  published: { tab: 'Published', heading: 'Published, latest change first', empty: 'Nothing published matches.' },
};

/** The tabs, a search by words, and one page of the books each view holds. */
export function StaffBookList({ search }: { search: StaffBookSearch }) {
  const { data } = useSuspenseQuery(staffBookListQueryOptions(search));
  const words = VIEW_WORDS[search.view];
  const href = (change: Partial<StaffBookSearch>) =>
    paths.staff.library.href(staffBookSearchString({ ...search, page: 1, ...change }));
  return (
    <>
      <BookSearchForm search={search} />
      <TabLinks
        label="Views of the library"
        current={search.view}
        tabs={STAFF_BOOK_VIEWS.map((view) => ({ id: view, label: VIEW_WORDS[view].tab, to: href({ view }) }))}
      />
      <PagedList
        id="book-list"
        heading={search.q ? `${words.heading}, with “${search.q}”` : words.heading}
        data={data}
        empty={words.empty}
        renderItem={(book) => <BookItem key={book.id} book={book} />}
        pagesLabel="Pages of books"
        hrefFor={(page) => href({ page })}
      />
    </>
  );
}

function BookSearchForm({ search }: { search: StaffBookSearch }) {
  const navigate = useNavigate();
  const [q, setQ] = useState(search.q);
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(paths.staff.library.href(staffBookSearchString({ ...search, q: q.trim(), page: 1 })));
  };
  return (
    <form role="search" onSubmit={onSubmit} className="mt-6 flex max-w-xl flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1">
        <Field id="book-search" label="Words in the title or summary">
          {(control) => (
            <Input {...control} type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
          )}
        </Field>
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}

function BookItem({ book }: { book: StaffBookSummary }) {
  return (
    <li className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between sm:px-5">
      <div className="min-w-0 space-y-1">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          {book.kind === 'briefing_book' ? 'Briefing book' : 'Resource'} · {book.policyArea.name}
        </p>
        <p className="text-lg font-semibold text-slate-900">
          <TextLink to={paths.staff.book.href(book.id)}>{book.title}</TextLink>
        </p>
        {book.meetingTitle && <p className="text-[0.9375rem] text-slate-700">{book.meetingTitle}</p>}
      </div>
      <div className="flex shrink-0 flex-col gap-1 text-[0.9375rem] text-slate-700 sm:items-end">
        {book.status === 'draft' ? (
          <StatusTag tone="warning">Draft</StatusTag>
        ) : (
          <StatusTag tone="success">Published</StatusTag>
        )}
        <span>
          {book.status === 'published' && book.publishedOn
            ? `Published ${formatDate(book.publishedOn)}`
            : `Changed ${formatInstantDate(book.updatedAt)}`}
        </span>
      </div>
    </li>
  );
}
