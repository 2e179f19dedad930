import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { StaffBook } from '@/api/contracts/staff-library';
import { useSession } from '@/api/queries/session-queries';
import { BookContent } from '@/components/book-content';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { showToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formatDate, formatInstant } from '@/lib/format';
import { PreviewReadOnly } from '../preview-read-only';
import { usePublishBook, useUnpublishBook } from '../../api/staff-library-mutations';
import { staffBookQueryOptions } from '../../api/staff-library-queries';

/** One book as staff keep it: where it stands, publishing it, and the book as members will read it. */
export function StaffBookPage({ bookId }: { bookId: string }) {
  const { data: book } = useSuspenseQuery(staffBookQueryOptions(bookId));
  const previewing = useSession().preview !== null;
  return (
    <article>
      <p>
        <TextLink to={paths.staff.library.href()}>All books and resources</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        {book.kind === 'briefing_book' ? 'Briefing book' : 'Policy resource'} · {book.policyArea.name}
      </p>
      <PageHeading className="mt-1">{book.title}</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        {book.status === 'draft' ? (
          <StatusTag tone="warning">Draft: members can't see it</StatusTag>
        ) : (
          <StatusTag tone="success">Published: in the library</StatusTag>
        )}
        {!previewing && <TextLink to={paths.staff.bookEdit.href(book.id)}>Edit</TextLink>}
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-6 lg:col-start-3">
          <BookFacts book={book} />
          {previewing ? <PreviewReadOnly toDo="publish or change books" /> : <PublishControls book={book} />}
        </div>
        <section
          aria-labelledby="book-preview-heading"
          className="space-y-8 lg:col-span-2 lg:col-start-1 lg:row-start-1"
        >
          <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4">
            <h2 id="book-preview-heading" className="font-semibold text-slate-900">
              As members read it
            </h2>
            <p className="mt-1 text-slate-700">{book.summary}</p>
          </div>
          <BookContent book={book} />
        </section>
      </div>
    </article>
  );
}

function BookFacts({ book }: { book: StaffBook }) {
  return (
    <Card>
      <h2 className="sr-only">Details</h2>
      <Facts>
        <Fact term="Status">{book.status === 'draft' ? 'Draft' : 'Published'}</Fact>
        <Fact term="Published">{book.publishedOn ? formatDate(book.publishedOn) : 'Not yet'}</Fact>
        <Fact term="Last changed">{formatInstant(book.updatedAt)}</Fact>
        <Fact term="Policy area">{book.policyArea.name}</Fact>
        {book.meetingTitle && <Fact term="Meeting">{book.meetingTitle}</Fact>}
        <Fact term="Sections">{book.sections.length === 0 ? 'None yet' : book.sections.length}</Fact>
      </Facts>
    </Card>
  );
}

/** Publishing and unpublishing, each asked once; a failure stays in the dialog with a retry. */
function PublishControls({ book }: { book: StaffBook }) {
  const [asking, setAsking] = useState(false);
  const publish = usePublishBook(book);
  const unpublish = useUnpublishBook(book);
  const draft = book.status === 'draft';
  return (
    <>
      <Button type="button" variant={draft ? 'primary' : 'secondary'} onClick={() => setAsking(true)}>
        {draft ? 'Publish to the library' : 'Unpublish'}
      </Button>
      <ConfirmDialog
        open={asking}
        onClose={() => setAsking(false)}
        title={draft ? `Publish ${book.title}?` : `Unpublish ${book.title}?`}
        description={
          draft
            ? 'Every member finds it in the library at once, as the preview shows it.'
            : 'It leaves the library at once, and members who saved it no longer see it. You can publish it again.'
        }
        confirmLabel={draft ? 'Yes, publish it' : 'Yes, unpublish it'}
        pendingLabel={draft ? 'Publishing…' : 'Taking it out…'}
        keepLabel={draft ? 'Keep it a draft' : 'Keep it published'}
        failureTitle={draft ? 'It was not published' : 'It was not unpublished'}
        onConfirm={async () => {
          await (draft ? publish : unpublish).mutateAsync({});
          showToast('success', draft ? `${book.title} is in the library` : `${book.title} is a draft again`);
        }}
      />
    </>
  );
}
