import { useNavigate } from 'react-router';
import { useSession } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { showToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { draftKey } from '@/lib/drafts';
import { useBookChoices } from '../../api/book-choices';
import { EMPTY_BOOK } from '../../api/book-form-values';
import { useCreateBook } from '../../api/staff-library-mutations';
import { BookForm } from './book-form';

/** A new book or resource: saved as a draft, it opens on its own page to preview and publish. */
export function StaffBookNewPage() {
  const navigate = useNavigate();
  const create = useCreateBook();
  const choices = useBookChoices();
  const personId = useSession().person.id;
  return (
    <>
      <p>
        <TextLink to={paths.staff.library.href()}>All books and resources</TextLink>
      </p>
      <PageHeading className="mt-4" documentTitle="Write a book or resource">
        Write a book or resource
      </PageHeading>
      <div className="mt-6">
        <BookForm
          initial={EMPTY_BOOK}
          {...choices}
          heading="The new book"
          submitLabel="Save as a draft"
          pendingLabel="Saving…"
          draftKey={draftKey('staff-book-new', personId, 'new')}
          intro={
            <p className="text-slate-700">
              It is saved as a draft: no member sees it until you preview it and publish it.
            </p>
          }
          send={async (input) => {
            const created = await create.mutateAsync(input);
            showToast('success', `${created.title} saved as a draft`);
            await navigate(paths.staff.book.href(created.id));
          }}
        />
      </div>
    </>
  );
}
