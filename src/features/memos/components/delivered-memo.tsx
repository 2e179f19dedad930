import { useState } from 'react';
import { Download } from 'lucide-react';
import { describeError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import type { MemoRequestDetail } from '@/api/contracts/memos';
import { Button } from '@/components/ui/button';
import { ChangeButton } from '@/components/ui/change-button';
import { SafeHtml } from '@/components/ui/safe-html';
import { formatInstantDate } from '@/lib/format';
import { saveTextFile } from '@/lib/save-file';
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
        <DownloadMemoButton id={request.id} title={request.title} />
      </div>
      <SafeHtml html={memo.bodyHtml} className="mt-6" />
      <PublicationChoice memberId={memberId} request={request} />
    </section>
  );
}

function DownloadMemoButton({ id, title }: { id: string; title: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setPending(true);
    setError(null);
    try {
      saveTextFile(
        await apiRequest('getMemoDocument', { params: { memoRequestId: id } }),
        fileNameOf(title),
        'text/html',
      );
    } catch (failure) {
      setError(`The memo couldn't be downloaded. ${describeError(failure)}`);
    } finally {
      setPending(false);
    }
  }
  return (
    <div>
      <Button variant="secondary" pending={pending} onClick={() => void download()}>
        <Download aria-hidden="true" className="size-5" />
        Download
      </Button>
      <p role="status" className="mt-2 max-w-xs text-sm text-red-800 empty:hidden">
        {error}
      </p>
    </div>
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
