import { useSuspenseQuery } from '@tanstack/react-query';
import { assistanceDeclineBodySchema, type StaffAssistanceRequest } from '@/api/contracts/staff-assistance';
import { useSession } from '@/api/queries/session-queries';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import type { Tone } from '@/components/ui/tone';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { attributionText } from '@/lib/attribution-text';
import { draftKey } from '@/lib/drafts';
import { formatCount, formatDate, formatInstantDate, formatMoney } from '@/lib/format';
import { paymentCountWords } from '@/lib/payment-schedule';
import { useDeclineAssistance } from '../../api/staff-assistance-mutations';
import { staffAssistanceRequestQueryOptions } from '../../api/staff-assistance-queries';
import { useOvertaken } from '../../api/use-overtaken';
import { TextActionForm } from '../text-action-form';
import { ApproveForm } from './approve-form';
import { OvertakenAlert } from '../overtaken-alert';
import { PreviewReadOnly } from '../preview-read-only';
import { StaffRecord } from '../staff-record';
import { invoiceStatusWords } from '@/lib/invoice-status-words';
import { StaffActions } from '../staff-actions';

const upperFirst = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const OPEN = new Set<StaffAssistanceRequest['status']>(['submitted', 'under_review']);

const STATUS_WORDS: Record<StaffAssistanceRequest['status'], { text: string; tone: Tone }> = {
  submitted: { text: 'New', tone: 'info' },
  under_review: { text: 'Under review', tone: 'warning' },
  approved: { text: 'Approved', tone: 'success' },
  declined: { text: 'Declined', tone: 'neutral' },
};

/** One city's confidential request for help with dues, as MIP's finance staff decide it. */
export function StaffAssistancePage({ assistanceRequestId }: { assistanceRequestId: string }) {
  const { data: request } = useSuspenseQuery(staffAssistanceRequestQueryOptions(assistanceRequestId));
  const previewing = useSession().preview !== null;
  const status = STATUS_WORDS[request.status];
  const open = OPEN.has(request.status);
  const { overtaken, track } = useOvertaken(open);
  return (
    <article>
      <p>
        <TextLink to={paths.staff.href('?kind=assistance_request')}>Financial assistance in the inbox</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        Financial assistance · {request.city}, {request.state}
      </p>
      <PageHeading className="mt-1">Help with {request.membershipYearLabel} dues</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
        <StatusTag tone="neutral">Confidential</StatusTag>
        <span>{attributionText('Asked', request.attribution)}</span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-10 lg:col-span-2">
          <section aria-labelledby="request-heading" className="space-y-3">
            <h2 id="request-heading" className="text-xl font-bold text-slate-900">
              What the city asks
            </h2>
            <p className="whitespace-pre-line text-slate-800">{request.reason}</p>
            <Facts>
              <Fact term="The city can pay">{formatMoney(request.canPayCents)}</Fact>
              <Fact term="Sent">{formatInstantDate(request.submittedAt)}</Fact>
            </Facts>
          </section>
          {overtaken && (
            <OvertakenAlert>
              Someone at MIP decided this request since you opened it. Here is their decision.
            </OvertakenAlert>
          )}
          {request.decision && <Decision request={request} />}
          {open && previewing && <PreviewReadOnly toDo="decide requests" />}
          {open && !previewing && <AssistanceActions request={request} track={track} />}
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <CityMoney request={request} />
          <StaffRecord actions={request.actions} />
        </div>
      </div>
    </article>
  );
}

/** The city, its tier and this year's invoice: the figures finance decides on. */
function CityMoney({ request }: { request: StaffAssistanceRequest }) {
  const { invoice, tier } = request;
  return (
    <section aria-labelledby="money-heading" className="space-y-3">
      <h2 id="money-heading" className="text-xl font-bold text-slate-900">
        The city’s dues
      </h2>
      <Facts>
        <Fact term="Population on file">{formatCount(request.population)}</Fact>
        <Fact term="Dues tier">{formatMoney(tier.feeCents)} a year</Fact>
        {invoice ? (
          <>
            <Fact term={`${invoice.membershipYearLabel} invoice`}>
              {invoice.number} · {invoiceStatusWords[invoice.status].text}
            </Fact>
            <Fact term="Amount">{formatMoney(invoice.amountCents)}</Fact>
            <Fact term="Paid so far">{formatMoney(invoice.paidCents)}</Fact>
            <Fact term="Due by">{formatDate(invoice.dueOn)}</Fact>
            <Fact term="Payments">
              {invoice.instalments.length === 1 ? 'One payment' : `${String(invoice.instalments.length)} payments`}
            </Fact>
            <Fact term="The city’s plan">{upperFirst(paymentCountWords(request.paymentPlan.instalments))}</Fact>
          </>
        ) : (
          <Fact term={`${request.membershipYearLabel} invoice`}>Not issued yet</Fact>
        )}
      </Facts>
      {invoice && invoice.instalments.length > 0 && (
        <table className="w-full text-left text-[0.9375rem]">
          <caption className="sr-only">Payments for {invoice.membershipYearLabel}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-1 pr-2 font-semibold">
                Payment
              </th>
              <th scope="col" className="py-1 pr-2 font-semibold">
                Due
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-semibold">
                Amount
              </th>
              <th scope="col" className="py-1 font-semibold">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.instalments.map((i) => (
              <tr key={i.number} className="border-b border-slate-100">
                <td className="py-1 pr-2">{i.number}</td>
                <td className="py-1 pr-2">{formatDate(i.dueOn)}</td>
                <td className="py-1 pr-2 text-right">{formatMoney(i.amountCents)}</td>
                <td className="py-1">
                  {i.status === 'paid'
                    ? `Paid${i.paidOn ? ` ${formatDate(i.paidOn)}` : ''}`
                    : i.status === 'overdue'
                      ? 'Overdue'
                      : 'Due'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** MIP's decision, as the member reads it. */
function Decision({ request }: { request: StaffAssistanceRequest }) {
  const { decision } = request;
  if (!decision) return null;
  return (
    <section aria-labelledby="decision-heading" className="space-y-3">
      <h2 id="decision-heading" className="text-xl font-bold text-slate-900">
        MIP’s decision
      </h2>
      <p className="text-slate-700">
        {decision.outcome === 'declined' ? 'Declined' : 'Approved'} by {decision.by.name} on{' '}
        <time dateTime={decision.at}>{formatInstantDate(decision.at)}</time>. The member reads:
      </p>
      {request.decisionNote && (
        <p className="rounded-md border border-slate-200 bg-slate-50 p-3 whitespace-pre-line text-slate-800">
          {request.decisionNote}
        </p>
      )}
    </section>
  );
}

function AssistanceActions({
  request,
  track,
}: {
  request: StaffAssistanceRequest;
  /** Wraps every decision sent (useOvertaken), so the page can say when a colleague's came first. */
  track: <T>(change: Promise<T>) => Promise<T>;
}) {
  const decline = useDeclineAssistance(request);
  const personId = useSession().person.id;
  const keyFor = (form: string) => draftKey(`staff-assistance-${form}`, personId, request.id);
  return (
    <StaffActions heading="Decide the request">
      <ApproveForm request={request} draftKey={keyFor('approve')} track={track} />
      <TextActionForm
        id="assistance-decline-reason"
        heading="Decline the request"
        label="Why MIP declines it"
        hint="The mayor reads this; the invoice stays as it is."
        rows={3}
        rule={assistanceDeclineBodySchema.shape.reason}
        submitLabel="Decline the request"
        pendingLabel="Declining…"
        variant="danger"
        done="Request declined; the mayor can read why"
        send={(reason) => track(decline.mutateAsync({ reason }))}
        draftKey={keyFor('decline')}
      />
    </StaffActions>
  );
}
