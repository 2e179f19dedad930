import type { AssistanceRequest } from '@/api/contracts/dues';
import { Card } from '@/components/ui/card';
import { ChangeLink } from '@/components/ui/change-link';
import { Fact, Facts } from '@/components/ui/facts';
import { StatusTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { attributionText } from '@/lib/attribution-text';
import { formatInstantDate, formatMoney } from '@/lib/format';
import { assistanceStatusWords } from './dues-status-words';

export const CONFIDENTIAL_NOTE =
  'Confidential: only the mayor, staff the mayor gave access to dues, and MIP see this request.';

interface AssistanceCardProps {
  memberId: string;
  request: AssistanceRequest | null;
  /** Whether the year still has something to pay (no help is needed once it is paid). */
  owing: boolean;
}

/** The year's request for help with dues and where it stands, or the way to ask. */
export function AssistanceCard({ memberId, request, owing }: AssistanceCardProps) {
  if (!request && !owing) return null;
  return (
    <Card>
      <section aria-labelledby="assistance-heading" className="space-y-3">
        <h2 id="assistance-heading" className="text-lg font-bold text-slate-900">
          Financial assistance
        </h2>
        {request ? (
          <AssistanceStatus request={request} />
        ) : (
          <p className="text-slate-700">
            If the dues are hard to fit in your budget this year, ask MIP for help: a reduced fee or more time.
          </p>
        )}
        {owing && (!request || request.status === 'declined') && (
          <ChangeLink
            change={{ memberId, scope: 'dues' }}
            variant="secondary"
            to={paths.member.assistance.href(memberId)}
          >
            {request ? 'Ask for financial assistance again' : 'Ask for financial assistance'}
          </ChangeLink>
        )}
      </section>
    </Card>
  );
}

function AssistanceStatus({ request }: { request: AssistanceRequest }) {
  const status = assistanceStatusWords[request.status];
  return (
    <>
      <p className="flex flex-wrap items-center gap-2">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <StatusTag tone="neutral">Confidential</StatusTag>
      </p>
      <Facts>
        <Fact term="Sent">{formatInstantDate(request.submittedAt)}</Fact>
        {request.decidedAt && <Fact term="Decided">{formatInstantDate(request.decidedAt)}</Fact>}
        <Fact term="The city can pay">{formatMoney(request.canPayCents)}</Fact>
      </Facts>
      {request.decisionNote && (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <p className="font-semibold text-slate-900">MIP's note</p>
          <p className="mt-1 whitespace-pre-line text-slate-800">{request.decisionNote}</p>
        </div>
      )}
      {!request.decidedAt && (
        <p className="text-[0.9375rem] text-slate-700">MIP's decision, and any note with it, will show here.</p>
      )}
      <p className="text-sm text-slate-600">{attributionText('Asked', request.attribution)}</p>
      <p className="text-sm text-slate-600">{CONFIDENTIAL_NOTE}</p>
    </>
  );
}
