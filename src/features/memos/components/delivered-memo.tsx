import { useQueryClient } from '@tanstack/react-query';
import { Download, FileText } from 'lucide-react';
import { describeError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import type { MemoAttachment, MemoRequestDetail } from '@/api/contracts/memos';
import { ChangeButton } from '@/components/ui/change-button';
import { DownloadButton } from '@/components/ui/download-button';
import { SafeHtml } from '@/components/ui/safe-html';
import { formatInstantDate } from '@/lib/format';
import { formatFileSize, memoFileLabelOf } from '@/lib/memo-file';
import { useUpdateMemoPublication } from '../api/memo-mutations';

function fileNameOf(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'memo'}.html`;
}

/** The memo itself: readable here, downloadable, and (if the member agrees) publishable by MIP. */
export function DeliveredMemo({ memberId, request }: { memberId: string; request: MemoRequestDetail }) {
  const { memo } = request;
  if (!memo) return null;
  return (
    <section aria-labelledby="memo-heading" className="rounded-lg border border-slate-200 bg-white p-5 sm:p-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 id="memo-heading" className="text-2xl font-bold text-slate-900">
            The memo
          </h2>
          <p className="mt-1 text-slate-700">
            By {memo.author.name}
            {memo.author.title && `, ${memo.author.title}`} · delivered {formatInstantDate(memo.deliveredAt)}
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <DownloadMemoButton id={request.id} title={request.title} />
          {memo.attachment && <DownloadAttachmentButton id={request.id} attachment={memo.attachment} />}
        </div>
      </div>
      <SafeHtml html={memo.bodyHtml} className="mt-6" />
      <PublicationChoice memberId={memberId} request={request} />
    </section>
  );
}

function DownloadMemoButton({ id, title }: { id: string; title: string }) {
  const client = useQueryClient();
  return (
    <DownloadButton
      what="The memo"
      fetchFile={async () => ({
        content: await apiRequest('getMemoDocument', { params: { memoRequestId: id }, client }),
        fileName: fileNameOf(title),
        type: 'text/html',
      })}
    >
      <Download aria-hidden="true" className="size-5" />
      Download
    </DownloadButton>
  );
}

/** The memo's own file, when MIP attached one: saved under the name MIP gave it, in its own type. */
function DownloadAttachmentButton({ id, attachment }: { id: string; attachment: MemoAttachment }) {
  const client = useQueryClient();
  const label = memoFileLabelOf(attachment.mediaType);
  return (
    <DownloadButton
      what={`The ${label}`}
      fetchFile={async () => ({
        content: await apiRequest('getMemoAttachment', { params: { memoRequestId: id }, client }),
        fileName: attachment.fileName,
        type: attachment.mediaType,
      })}
    >
      <FileText aria-hidden="true" className="size-5" />
      Download the {label} <span className="font-normal text-slate-600">({formatFileSize(attachment.sizeBytes)})</span>
    </DownloadButton>
  );
}

function PublicationChoice({ memberId, request }: { memberId: string; request: MemoRequestDetail }) {
  const update = useUpdateMemoPublication(memberId);
  const publishing = request.publishDeidentified;
  return (
    <div className="mt-8 rounded-md bg-slate-50 p-4">
      <h3 className="font-semibold text-slate-900">Sharing with other cities</h3>
      <p className="mt-1 text-slate-700">
        {publishing
          ? 'You let MIP publish this memo for other members, with your city’s name and details removed.'
          : 'MIP can publish this memo for other members, with your city’s name and details removed, if you agree.'}
      </p>
      <div className="mt-3">
        <ChangeButton
          variant="secondary"
          change={{ memberId, scope: 'memos' }}
          pending={update.isPending}
          pendingLabel="Saving…"
          onClick={() => update.mutate({ memoRequestId: request.id, publishDeidentified: !publishing })}
        >
          {publishing ? 'Stop MIP publishing it' : 'Let MIP publish it de-identified'}
        </ChangeButton>
      </div>
      <p role="status" className="mt-2 text-sm text-red-800 empty:hidden">
        {update.isError
          ? `Your choice was not saved. ${describeError(update.error)} Press the button to try again.`
          : ''}
      </p>
    </div>
  );
}
