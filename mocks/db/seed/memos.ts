import { membershipYearOf, membershipYearStarting, type MembershipYear } from '../../../src/lib/membership-year';
import type { MemoStatus } from '../../../src/api/contracts/memos';
import { addDays, addMinutes, duringOfficeHours, instantBetween } from '../dates';
import { bytesToBase64 } from '../../../src/lib/base64';
import { MEMO_FILE_KINDS } from '../../../src/lib/memo-file';
import { slugOf } from '../../lib/slug';
import type { MemoFileRow, MemoFileSummaryRow, MemoHistoryStep, MemoRequestRow } from '../rows/benefits';
import type { StaffActionRow } from '../rows/staff';
import type { GeneratedMember } from './generated-members';
import { MEMO_BODIES, type MemoBody } from './memo-bodies';
import { memoPdf } from './memo-pdf';
import type { SeedContext } from './seed-context';

/** MIP staff move memos along (the memo's author delivers it); the member's side only submits and withdraws. */
const MIP_STAFF = 'morgan-hale';

/** The statuses after "submitted", in order; the last is the current one. */
const LIFECYCLE = {
  delivered: ['scoping', 'in_progress', 'delivered'],
  in_progress: ['scoping', 'in_progress'],
  scoping: ['scoping'],
  declined: ['declined'],
  withdrawn: ['withdrawn'],
} satisfies Record<string, MemoStatus[]>;

interface MemoSeed {
  id: string;
  memberId: string;
  mayorId: string;
  actorId: string;
  title: string;
  policyAreaId: string;
  lifecycle: keyof typeof LIFECYCLE;
  /** 0: this membership year, 1: last year, 2: the year before. */
  yearsAgo: 0 | 1 | 2;
  /** When in the year it was submitted and when its last step happened, as fractions of the window. */
  window: [from: number, to: number];
  /** Who at MIP takes its steps before delivery (Morgan unless said). */
  staffId?: string;
}

const M = (
  memberId: string,
  mayorId: string,
  actorId: string,
  id: string,
  title: string,
  policyAreaId: string,
  lifecycle: MemoSeed['lifecycle'],
  yearsAgo: MemoSeed['yearsAgo'],
  window: MemoSeed['window'],
): MemoSeed => ({ id, memberId, mayorId, actorId, title, policyAreaId, lifecycle, yearsAgo, window });

/**
 * Ana: 1 of 3 used this year (delivered, recently, submitted by Jordan for her); older memos in
 * earlier years, one of them declined. Marcus: all 3 used (delivered, in progress, scoping); last
 * year one withdrawn before MIP started. Dana: one last year. Every delivered memo has its text in
 * memo-bodies.ts; none is opted in to de-identified publication (the member chooses that).
 */
// prettier-ignore
const MEMOS: MemoSeed[] = [
  M('riverton', 'ana-ortiz', 'jordan-lee', 'memo-riverton-adu', 'Accessory dwelling unit permitting', 'housing', 'delivered', 0, [0, 1]),
  M('riverton', 'ana-ortiz', 'ana-ortiz', 'memo-riverton-transit', 'Fare-free transit pilots', 'transportation', 'delivered', 1, [0.3, 0.55]),
  M('riverton', 'ana-ortiz', 'jordan-lee', 'memo-riverton-stadium', 'Stadium financing', 'budget-finance', 'declined', 1, [0.6, 0.65]),
  M('riverton', 'ana-ortiz', 'ana-ortiz', 'memo-riverton-heat', 'Extreme heat response plans', 'climate-energy', 'delivered', 2, [0.7, 0.9]),
  M('lakeport', 'marcus-bell', 'marcus-bell', 'memo-lakeport-crisis', 'Non-police crisis response teams', 'public-safety', 'delivered', 0, [0, 0.5]),
  M('lakeport', 'marcus-bell', 'priya-natarajan', 'memo-lakeport-land-bank', 'Land bank strategy for vacant lots', 'housing', 'in_progress', 0, [0.3, 0.7]),
  M('lakeport', 'marcus-bell', 'marcus-bell', 'memo-lakeport-ev', 'Curbside EV charging', 'climate-energy', 'scoping', 0, [0.6, 0.9]),
  M('lakeport', 'marcus-bell', 'marcus-bell', 'memo-lakeport-guaranteed-income', 'Guaranteed income pilot design', 'economic-development', 'delivered', 1, [0.1, 0.3]),
  M('lakeport', 'marcus-bell', 'priya-natarajan', 'memo-lakeport-summer-jobs', 'Youth summer jobs at scale', 'education-youth', 'delivered', 1, [0.35, 0.6]),
  M('lakeport', 'marcus-bell', 'marcus-bell', 'memo-lakeport-broadband', 'Municipal broadband options', 'digital-government', 'withdrawn', 1, [0.62, 0.64]),
  M('lakeport', 'marcus-bell', 'marcus-bell', 'memo-lakeport-lead', 'Lead service line replacement financing', 'infrastructure', 'delivered', 1, [0.7, 0.95]),
  M('cedar-falls', 'dana-whitfield', 'dana-whitfield', 'memo-cedar-falls-childcare', 'Childcare supply in small cities', 'workforce', 'delivered', 1, [0.2, 0.5]),
];

function bodyOf(seed: MemoSeed): MemoBody {
  const body = MEMO_BODIES[seed.id];
  if (!body) throw new Error(`Delivered memo ${seed.id} has no body in memo-bodies.ts`);
  return body;
}

/** Who moved a memo to a status: the member withdraws, the author delivers, program staff do the rest. */
function stepBy(seed: MemoSeed, status: MemoStatus): string {
  if (status === 'withdrawn') return seed.actorId;
  if (status === 'delivered') return bodyOf(seed).authorId;
  return seed.staffId ?? MIP_STAFF;
}

/** What MIP told the member with a step it took (the member's own steps and a delivery say nothing more). */
function messageOf(seed: MemoSeed, status: MemoStatus): string | null {
  const topic = seed.title.toLowerCase();
  switch (status) {
    case 'scoping':
      return `Thanks for the question on ${topic}. We're checking which peer cities to compare and will confirm the memo's scope with you shortly.`;
    case 'in_progress':
      return 'The scope is settled: we are researching and writing the memo now, and will be in touch if we need anything from your staff.';
    case 'declined':
      return 'This question needs a financial adviser looking at your own numbers more than a policy memo; your MIP contact can suggest where to start. It does not count against your allowance.';
    default:
      return null;
  }
}

/** Lays a memo's history out between `from` and `to`: submitted first, each later step after it. */
function buildMemo(seed: MemoSeed, year: MembershipYear, from: string, to: string): MemoRequestRow {
  const path: MemoStatus[] = LIFECYCLE[seed.lifecycle];
  // In office hours on the day each step falls on: the order of the steps stays, and so does the day.
  const at = (step: number): string => duringOfficeHours(instantBetween(from, to, step / Math.max(1, path.length)));
  const history: MemoHistoryStep[] = [{ status: 'submitted', at: at(0), byId: seed.actorId, message: null }];
  path.forEach((status, i) => {
    const byId = stepBy(seed, status);
    history.push({ status, at: at(i + 1), byId, message: byId === seed.actorId ? null : messageOf(seed, status) });
  });
  return {
    id: seed.id,
    memberId: seed.memberId,
    title: seed.title,
    policyAreaId: seed.policyAreaId,
    question: `What have comparable cities done about ${seed.title.toLowerCase()}, what did it cost, and what would you recommend for us?`,
    background:
      'Council has asked for options before the next budget cycle. We would like examples from cities of a similar size.',
    desiredDate: addDays(at(0).slice(0, 10), 45),
    status: path.at(-1) ?? 'submitted',
    membershipYearLabel: year.label,
    submittedAt: at(0),
    actorId: seed.actorId,
    subjectId: seed.mayorId,
    history,
    // Whoever of MIP took the last step works it; a request nobody at MIP touched has nobody.
    assigneeId: history.findLast((h) => h.byId !== seed.actorId)?.byId ?? null,
    publishDeidentified: false,
    memo: null, // set once the dates are final, in seedMemoRequests
    internalNotes: [],
    version: 0,
  };
}

/** A delivered request's memo, dated by its "delivered" step. */
function memoOf(seed: MemoSeed, row: MemoRequestRow): MemoRequestRow['memo'] {
  const delivered = row.history.find((h) => h.status === 'delivered');
  if (!delivered) return null;
  const { authorId, bodyHtml } = bodyOf(seed);
  return { deliveredAt: delivered.at, authorId, bodyHtml, attachment: fileOf(seed, bodyHtml) };
}

/** Riverton's ADU memo came with a PDF too, so the demo shows a memo's file to download. */
const WITH_FILE = new Set(['memo-riverton-adu']);

function fileOf(seed: MemoSeed, bodyHtml: string): MemoFileSummaryRow | null {
  if (!WITH_FILE.has(seed.id)) return null;
  return {
    fileName: `${slugOf(seed.title)}.pdf`,
    mediaType: MEMO_FILE_KINDS.pdf.mediaType,
    sizeBytes: memoPdf(seed.title, bodyHtml).length,
  };
}

/** The files the seeded memos name, made again from each memo's title and text (deterministic). */
export function seedMemoFiles(memoRequests: readonly MemoRequestRow[]): MemoFileRow[] {
  return memoRequests.flatMap((row) => {
    if (!row.memo?.attachment) return [];
    const bytes = memoPdf(row.title, row.memo.bodyHtml);
    return [{ memoRequestId: row.id, ...row.memo.attachment, contentBase64: bytesToBase64(bytes) }];
  });
}

/** Questions the generated cities' mayors have waiting with MIP, one each (well within the allowance). */
// prettier-ignore
const WAITING_TOPICS: [title: string, policyAreaId: string][] = [
  ['Short-term rental rules that hold up in court', 'housing'],
  ['Heat pump incentives for older homes', 'climate-energy'],
  ['Reviving a downtown after its anchor store closed', 'economic-development'],
  ['Co-responder models for mental-health 911 calls', 'public-safety'],
  ['Safe routes to school along state highways', 'transportation'],
  ['Spending opioid settlement funds', 'health'],
  ['Summer learning programs with the school district', 'education-youth'],
  ['Apprenticeships in city departments', 'workforce'],
  ['Language access for city services', 'equity-inclusion'],
  ['Participatory budgeting at city scale', 'budget-finance'],
  ['Replacing a legacy permitting system', 'digital-government'],
  ['Stormwater fees and green infrastructure', 'infrastructure'],
];

/**
 * The queue waiting for MIP, oldest first: how many days ago each was submitted, how far it has
 * got, who at MIP has it, and how many days after the previous step MIP took each of its steps.
 */
// prettier-ignore
const WAITING_SLOTS: { daysAgo: [number, number]; lifecycle: 'in_progress' | 'scoping' | null; staffId: string; stepDays: [number, number] }[] = [
  { daysAgo: [38, 42], lifecycle: 'in_progress', staffId: 'nadia-brooks', stepDays: [3, 9] },
  { daysAgo: [32, 37], lifecycle: 'in_progress', staffId: MIP_STAFF, stepDays: [2, 8] },
  { daysAgo: [26, 31], lifecycle: 'in_progress', staffId: 'nadia-brooks', stepDays: [2, 7] },
  { daysAgo: [21, 25], lifecycle: 'scoping', staffId: MIP_STAFF, stepDays: [2, 6] },
  { daysAgo: [16, 20], lifecycle: 'scoping', staffId: 'nadia-brooks', stepDays: [1, 5] },
  { daysAgo: [11, 15], lifecycle: 'scoping', staffId: MIP_STAFF, stepDays: [1, 4] },
  { daysAgo: [8, 10], lifecycle: null, staffId: MIP_STAFF, stepDays: [0, 0] },
  { daysAgo: [5, 7], lifecycle: null, staffId: MIP_STAFF, stepDays: [0, 0] },
  { daysAgo: [2, 4], lifecycle: null, staffId: MIP_STAFF, stepDays: [0, 0] },
  { daysAgo: [1, 1], lifecycle: null, staffId: MIP_STAFF, stepDays: [0, 0] },
];

/**
 * Memo requests from generated cities in good standing that wait for MIP: submitted over the last
 * six weeks by their mayors (the generated cities have no staff of their own in the seed), some
 * still new, the rest being scoped or written by Morgan or Nadia. Every step lands in office hours
 * on a day before the seed date, and each counts against the year it was submitted in.
 */
function waitingMemoRequests(ctx: SeedContext, generated: readonly GeneratedMember[]): MemoRequestRow[] {
  const rnd = ctx.prng('memos:waiting');
  const cities = rnd.sample(
    generated.filter((g) => g.standing === 'paid'),
    WAITING_SLOTS.length,
  );
  const topics = rnd.sample(WAITING_TOPICS, WAITING_SLOTS.length);
  const yesterday = addDays(ctx.today, -1);
  const instantOn = (day: string, fraction: number): string =>
    new Date(Date.parse(`${day}T00:00:00.000Z`) + fraction * 86_400_000).toISOString();
  return WAITING_SLOTS.flatMap((slot, i) => {
    const city = cities[i];
    const topic = topics[i];
    if (!city || !topic) return [];
    const submittedOn = addDays(ctx.today, -rnd.int(...slot.daysAgo));
    const steps = slot.lifecycle ? LIFECYCLE[slot.lifecycle].length : 0;
    const lastDay = [...Array(steps).keys()].reduce((day) => addDays(day, rnd.int(...slot.stepDays)), submittedOn);
    const lastOn = lastDay < yesterday ? lastDay : yesterday;
    const from = instantOn(submittedOn, 0.05 + rnd.next() * 0.5);
    const to = lastOn === submittedOn ? instantOn(lastOn, 0.97) : instantOn(lastOn, 0.2 + rnd.next() * 0.75);
    const [title, policyAreaId] = topic;
    const seed: MemoSeed = {
      id: `memo-${city.member.id}-${policyAreaId}`,
      memberId: city.member.id,
      mayorId: city.mayor.id,
      actorId: city.mayor.id,
      title,
      policyAreaId,
      lifecycle: slot.lifecycle ?? 'scoping',
      yearsAgo: 0,
      window: [0, 1],
      staffId: slot.staffId,
    };
    const row = buildMemo(seed, membershipYearOf(submittedOn), from, to);
    if (slot.lifecycle) return [row];
    // Not yet touched by MIP: only its "submitted" step, and nobody has it.
    const submitted = row.history.slice(0, 1);
    return [{ ...row, status: 'submitted' as const, history: submitted, assigneeId: null }];
  });
}

export function seedMemoRequests(ctx: SeedContext, generated: readonly GeneratedMember[]): MemoRequestRow[] {
  return [...namedMemoRequests(ctx), ...waitingMemoRequests(ctx, generated)];
}

function namedMemoRequests(ctx: SeedContext): MemoRequestRow[] {
  const now = ctx.now.toISOString();
  const notLaterThanNow = (at: string): string => (at > now ? duringOfficeHours(addMinutes(now, -1)) : at);
  return MEMOS.map((seed) => {
    const year = membershipYearStarting(ctx.startYear - seed.yearsAgo);
    const start = `${year.startsOn}T14:00:00.000Z`;
    // This year's window ends today; Ana's delivered memo lands 10 days ago, so it is still news.
    const end =
      seed.yearsAgo > 0
        ? `${year.endsOn}T20:00:00.000Z`
        : seed.id === 'memo-riverton-adu'
          ? addMinutes(now, -10 * 24 * 60)
          : now;
    const row = buildMemo(
      seed,
      year,
      instantBetween(start, end, seed.window[0]),
      instantBetween(start, end, seed.window[1]),
    );
    // With a seed date in the first days of a year, the window is short: never place a step after today.
    const placed = {
      ...row,
      submittedAt: notLaterThanNow(row.submittedAt),
      history: row.history.map((h) => ({ ...h, at: notLaterThanNow(h.at) })),
    };
    return { ...placed, memo: memoOf(seed, placed) };
  });
}

/** How a step MIP took reads in the staff's record of actions. */
const ACTION_OF: Partial<Record<MemoStatus, string>> = {
  scoping: 'Moved to scoping',
  in_progress: 'Moved to in progress',
  declined: 'Declined',
  delivered: 'Delivered the memo',
};

/**
 * The staff's record of what they did to the seeded requests: one action per step MIP took, at the
 * step's time, with the message it gave the member. The member's own steps (submitted, withdrawn)
 * are theirs, not MIP's, and are not in it.
 */
export function seedStaffActions(memoRequests: readonly MemoRequestRow[]): StaffActionRow[] {
  return memoRequests.flatMap((row) =>
    row.history.flatMap((step, i): StaffActionRow[] => {
      const action = ACTION_OF[step.status];
      if (!action || step.byId === row.actorId) return [];
      return [
        {
          id: `action-${row.id}-${String(i)}`,
          recordKind: 'memo_request',
          recordId: row.id,
          memberId: row.memberId,
          at: step.at,
          actorId: step.byId,
          action,
          detail: step.message,
        },
      ];
    }),
  );
}
