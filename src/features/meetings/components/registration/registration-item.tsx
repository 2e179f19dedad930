import type { ReactNode } from 'react';
import type { Registration } from '@/api/contracts/meetings';
import { StatusTag } from '@/components/ui/status-tag';
import type { Tone } from '@/components/ui/tone';
import { formatInstantDate, formatMoney } from '@/lib/format';
import { attributionText } from '@/lib/attribution-text';
import { travelSupportText } from '../travel-support-text';
import { attendeeRoleLine } from './attendee-kind';

function statusOf(r: Registration): { text: string; tone: Tone } {
  if (r.status === 'confirmed') return { text: 'Registered', tone: 'success' };
  if (r.status === 'cancelled') return { text: 'Canceled', tone: 'neutral' };
  return {
    text: r.waitlistPosition === null ? 'Waitlisted' : `Waitlisted · number ${r.waitlistPosition} in line`,
    tone: 'warning',
  };
}

const travelTone: Record<NonNullable<Registration['travelSupport']>['status'], Tone> = {
  requested: 'info',
  approved: 'success',
  declined: 'warning',
};

/** The request, and MIP's answer once given: the amount it covers, its message or reason. */
function TravelSupportLines({ support }: { support: NonNullable<Registration['travelSupport']> }) {
  const estimate = `Estimated ${formatMoney(support.estimatedCostCents)}${support.note && `: ${support.note}`}`;
  const noteLabel = support.status === 'declined' ? "MIP's reason" : "MIP's message";
  return (
    <div className="space-y-1 text-[0.9375rem] text-slate-700">
      <p className="flex flex-wrap items-center gap-2">
        <StatusTag tone={travelTone[support.status]}>{travelSupportText(support.status)}</StatusTag>
        {support.approvedCents !== null && (
          <span className="font-semibold text-slate-900">MIP covers {formatMoney(support.approvedCents)}</span>
        )}
        {support.decidedAt && <span>on {formatInstantDate(support.decidedAt)}</span>}
      </p>
      <p>{estimate}</p>
      {support.decisionNote && (
        <p>
          {noteLabel}: {support.decisionNote}
        </p>
      )}
    </div>
  );
}

/** One attendee: who, their status, their needs, who registered them, and the actions (children). */
export function RegistrationItem({ registration: r, children }: { registration: Registration; children?: ReactNode }) {
  const status = statusOf(r);
  const attribution = attributionText('Registered', r.attribution);
  const needs = [
    r.attendee.dietaryNeeds && `Dietary: ${r.attendee.dietaryNeeds}`,
    r.attendee.accessibilityNeeds && `Accessibility: ${r.attendee.accessibilityNeeds}`,
    r.attendee.arrival && `Arrival: ${r.attendee.arrival}`,
  ].filter((line): line is string => Boolean(line));
  return (
    <li className="space-y-2 p-3 sm:px-4">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div>
          <p className="font-semibold text-slate-900">{r.attendee.name}</p>
          <p className="text-[0.9375rem] text-slate-700">{attendeeRoleLine(r.attendee)}</p>
        </div>
        <StatusTag tone={status.tone}>{status.text}</StatusTag>
      </div>
      {needs.length > 0 && (
        <div className="text-[0.9375rem] text-slate-700">
          {needs.map((need) => (
            <p key={need}>{need}</p>
          ))}
        </div>
      )}
      {r.travelSupport && <TravelSupportLines support={r.travelSupport} />}
      <p className="text-sm text-slate-600">{attribution}</p>
      {children && <div className="flex flex-wrap gap-2 pt-1">{children}</div>}
    </li>
  );
}
