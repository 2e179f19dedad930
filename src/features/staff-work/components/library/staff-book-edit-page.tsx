import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useSession } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { showToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { draftKey } from '@/lib/drafts';
import { useBookChoices } from '../../api/book-choices';
import { bookFormValuesOf } from '../../api/book-form-values';
import { useUpdateBook } from '../../api/staff-library-mutations';
import { staffBookQueryOptions } from '../../api/staff-library-queries';
import { BookForm } from './book-form';

/** Edits a book; for a published one the page says that members see the change at once. */
export function StaffBookEditPage({ bookId }: { bookId: string }) {
  const { data: book } = useSuspenseQuery(staffBookQueryOptions(bookId));
  const choices = useBookChoices(book);
  const update = useUpdateBook(book);
  const navigate = useNavigate();
  const personId = useSession().person.id;
  const back = paths.staff.book.href(book.id);
  return (
    <>
      <p>
        <TextLink to={back}>Back to the book</TextLink>
      </p>
      <PageHeading className="mt-4" documentTitle={`Edit: ${book.title}`}>
        Edit {book.title}
      </PageHeading>
      <div className="mt-6">
        <BookForm
          key={book.version}
          initial={bookFormValuesOf(book)}
          {...choices}
          heading="The book"
          submitLabel="Save the changes"
          pendingLabel="Saving…"
          draftKey={draftKey('staff-book-edit', personId, book.id)}
          intro={
            <p className="text-slate-700">
              {book.status === 'published'
                ? 'This book is published: members see your changes in the library as soon as you save them.'
                : 'This book is a draft: members see it once you publish it.'}
            </p>
          }
          send={async (input) => {
            await update.mutateAsync(input);
            showToast('success', book.status === 'published' ? 'Changes saved; members see them now' : 'Draft saved');
            await navigate(back);
          }}
        />
      </div>
    </>
  );
}
