import { useSuspenseQuery } from '@tanstack/react-query';
import { memoDeclineBodySchema, memoNoteBodySchema } from '@/api/contracts/staff-memos';
import type { StaffMemoRequest } from '@/api/contracts/staff-memos';
import { useSession } from '@/api/queries/session-queries';
import { MemoQuestion, MemoRequestFacts } from '@/components/memo-request-parts';
import { Fact } from '@/components/ui/facts';
import { MemoTimeline } from '@/components/memo-timeline';
import { PageHeading } from '@/components/ui/page-heading';
import { SafeHtml } from '@/components/ui/safe-html';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { attributionText } from '@/lib/attribution-text';
import { draftKey } from '@/lib/drafts';
import { formatInstant, formatInstantDate } from '@/lib/format';
import { formatFileSize, memoFileLabelOf } from '@/lib/memo-file';
import { memoStatusWords } from '@/lib/memo-status-words';
import { useAddMemoNote, useDeclineMemo, useDeliverMemo } from '../../api/staff-memo-mutations';
import { staffMemoRequestQueryOptions } from '../../api/staff-memo-queries';
import { AssignForm } from './assign-form';
import { DeliverForm } from './deliver-form';
import { ProgressForm } from './progress-form';
import { TextActionForm } from '../text-action-form';
import { PreviewReadOnly } from '../preview-read-only';
import { StaffRecord } from '../staff-record';
import { StaffActions } from '../staff-actions';

const OPEN = new Set<StaffMemoRequest['status']>(['submitted', 'scoping', 'in_progress']);

/** One memo request as MIP's policy staff work it: what was asked, what to do next, and the record. */
export function StaffMemoPage({ memoRequestId }: { memoRequestId: string }) {
  const { data: request } = useSuspenseQuery(staffMemoRequestQueryOptions(memoRequestId));
  const previewing = useSession().preview !== null;
  const status = memoStatusWords[request.status];
  const open = OPEN.has(request.status);
  return (
    <article>
      <p>
        <TextLink to={paths.staff.href('?kind=memo_request')}>Memo requests in the inbox</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        Memo request · {request.city}, {request.state}
      </p>
      <PageHeading className="mt-1">{request.title}</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <span>{attributionText('Requested', request.attribution)}</span>
        <span>{request.assignee ? `Assigned to ${request.assignee.name}` : 'Not assigned'}</span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-10 lg:col-span-2">
          <MemoQuestion request={request} heading="What the city asks" />
          {request.memo && (
            <section aria-labelledby="memo-heading">
              <h2 id="memo-heading" className="text-xl font-bold text-slate-900">
                The memo, as delivered {formatInstantDate(request.memo.deliveredAt)}
              </h2>
              {request.memo.attachment && (
                <p className="mt-2 text-slate-700">
                  With the file {request.memo.attachment.fileName} ({memoFileLabelOf(request.memo.attachment.mediaType)}
                  , {formatFileSize(request.memo.attachment.sizeBytes)}), which the member can download.
                </p>
              )}
              <SafeHtml html={request.memo.bodyHtml} className="mt-3" />
            </section>
          )}
          {open && previewing && <PreviewReadOnly />}
          {open && !previewing && <MemoActions request={request} />}
          <InternalNotes request={request} previewing={previewing} />
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <MemoRequestFacts request={request}>
            <Fact term={`${request.city}'s memos`}>
              {request.allowance.used} of {request.allowance.allowed} used, {request.allowance.remaining} left
            </Fact>
          </MemoRequestFacts>
          <MemoTimeline history={request.history} />
          <StaffRecord actions={request.actions} />
        </div>
      </div>
    </article>
  );
}

/** The key of one of this request's drafts, for the signed-in staff member (drafts.ts). */
function useStaffDraftKey(request: StaffMemoRequest) {
  const personId = useSession().person.id;
  return (form: string) => draftKey(`staff-memo-${form}`, personId, request.id);
}

function MemoActions({ request }: { request: StaffMemoRequest }) {
  const deliver = useDeliverMemo(request);
  const decline = useDeclineMemo(request);
  const keyFor = useStaffDraftKey(request);
  return (
    <StaffActions heading="Answer the request">
      <AssignForm request={request} />
      <ProgressForm request={request} draftKey={keyFor('progress')} />
      <DeliverForm send={(body) => deliver.mutateAsync(body)} draftKey={keyFor('deliver')} />
      <TextActionForm
        id="decline-reason"
        heading="Decline the request"
        label="Why MIP declines it"
        hint="The member reads this; the memo goes back to the city's allowance."
        rows={3}
        rule={memoDeclineBodySchema.shape.reason}
        submitLabel="Decline the request"
        pendingLabel="Declining…"
        variant="danger"
        done="Request declined; the memo went back to the city's allowance"
        send={(reason) => decline.mutateAsync({ reason })}
        draftKey={keyFor('decline')}
      />
    </StaffActions>
  );
}

/** Notes for MIP's eyes only: the member never sees them. */
function InternalNotes({ request, previewing }: { request: StaffMemoRequest; previewing: boolean }) {
  const addNote = useAddMemoNote(request);
  const keyFor = useStaffDraftKey(request);
  return (
    <section aria-labelledby="notes-heading" className="space-y-4">
      <h2 id="notes-heading" className="text-xl font-bold text-slate-900">
        Internal notes
      </h2>
      <p className="text-slate-700">Only MIP's staff see these; the member never does.</p>
      {request.internalNotes.length === 0 ? (
        <p className="text-slate-700">No notes yet.</p>
      ) : (
        <ul className="space-y-3">
          {request.internalNotes.map((note) => (
            <li key={note.id} className="rounded-md border border-slate-200 bg-white p-4">
              <p className="whitespace-pre-line text-slate-800">{note.text}</p>
              <p className="mt-1 text-[0.9375rem] text-slate-600">
                {note.by.name} · <time dateTime={note.at}>{formatInstant(note.at)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {!previewing && (
        <TextActionForm
          id="note-text"
          heading="Add a note"
          label="Note"
          rows={3}
          rule={memoNoteBodySchema.shape.text}
          submitLabel="Add note"
          pendingLabel="Adding…"
          done="Note added"
          send={(text) => addNote.mutateAsync({ text })}
          draftKey={keyFor('note')}
        />
      )}
    </section>
  );
}
