import { formatMoney } from '../../../src/lib/format';
import { addMinutes } from '../dates';
import type { AccessLogRow, PreviewRow } from '../rows/people';
import type { MeetingRow } from '../rows/meetings';
import type { SeedContext } from './seed-context';

export interface AccessLogSeed {
  accessLog: AccessLogRow[];
  previews: PreviewRow[];
}

/** Riverton's access history: what Jordan did for Ana, and one earlier preview by MIP staff. */
export function seedAccessLog(ctx: SeedContext, meetings: readonly MeetingRow[]): AccessLogSeed {
  const now = ctx.now.toISOString();
  const daysAgo = (days: number, minutes = 0): string => addMinutes(now, -days * 24 * 60 + minutes);
  const lastGathering = meetings.filter((m) => m.kind !== 'invite_only' && m.startsAt < now).at(-1);
  const nextWinter = meetings.find((m) => m.kind === 'winter' && m.startsAt > now);
  const delegate = (id: string, memberId: string, description: string, at: string): AccessLogRow => ({
    id,
    memberId,
    kind: 'delegate_action',
    actorId: 'jordan-lee',
    description,
    startedAt: at,
    endedAt: null,
  });
  const previewStart = daysAgo(19, 600);
  const previewEnd = addMinutes(previewStart, 12);
  const accessLog: AccessLogRow[] = [
    delegate(
      'log-riverton-memo',
      'riverton',
      'Submitted the memo request “Accessory dwelling unit permitting” for Mayor Ana Ortiz',
      daysAgo(40),
    ),
    delegate(
      'log-riverton-instalment',
      'riverton',
      `Paid instalment 1 of ${formatMoney(200_000)} for the ${ctx.year.label} dues`,
      daysAgo(30),
    ),
    {
      id: 'log-riverton-preview',
      memberId: 'riverton',
      kind: 'staff_preview',
      actorId: 'morgan-hale',
      description: 'Checking the instalment plan before the budget call with the chief of staff',
      startedAt: previewStart,
      endedAt: previewEnd,
    },
  ];
  if (lastGathering) {
    accessLog.push(
      delegate(
        'log-riverton-registration',
        'riverton',
        `Registered Mayor Ana Ortiz for the ${lastGathering.title}`,
        addMinutes(lastGathering.registrationOpensAt, 60 * 24 * 20),
      ),
    );
  }
  if (nextWinter) {
    accessLog.push(
      delegate(
        'log-cedar-falls-registration',
        'cedar-falls',
        `Registered Mayor Dana Whitfield for the ${nextWinter.title}`,
        daysAgo(12),
      ),
    );
  }
  const previews: PreviewRow[] = [
    {
      id: 'preview-seed-riverton',
      staffId: 'morgan-hale',
      memberId: 'riverton',
      reason: accessLog[2]?.description ?? '',
      startedAt: previewStart,
      expiresAt: addMinutes(previewStart, 60),
      endedAt: previewEnd,
      accessLogId: 'log-riverton-preview',
    },
  ];
  return { accessLog: accessLog.filter((e) => e.startedAt <= now), previews };
}
