import type { Application, ApplicationBody } from '../../src/api/contracts/joining';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { clock } from '../../mocks/clock';
import type { ApplicationRow, MemberRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import { uniqueSlug } from '../../mocks/lib/slug';
import type { PasswordKeeper } from '../runtime';
import type { StoreTx } from '../store/store';
import { insertOrRefuse } from './insert-or-refuse';
import { today } from './invoices';

/** The earliest term start the form accepts, and how far ahead a mayor-elect's may be. */
const EARLIEST_TERM_START = '1950-01-01';
const TERM_START_YEARS_AHEAD = 2;
/** What most US cities use; the application does not ask, and MIP can correct it later. */
const DEFAULT_FISCAL_YEAR_START = '07-01';

export function applicationView(row: ApplicationRow): Application {
  return {
    id: row.id,
    memberId: row.memberId,
    status: row.status,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    city: row.city,
    state: row.state,
    population: row.population,
    feeCents: duesTierFor(row.population).feeCents,
    mayorName: row.mayorName,
    email: row.email,
    termStartedOn: row.termStartedOn,
    billingContactName: row.billingContactName,
    billingContactEmail: row.billingContactEmail,
    questions: row.questions.map((q) => ({
      id: q.id,
      question: q.question,
      askedAt: q.askedAt,
      answer: q.answer,
      answeredAt: q.answeredAt,
    })),
    declineReason: row.declineReason,
    welcomeMessage: row.welcomeMessage,
  };
}

const sameText = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export function requirePlausibleTermStart(termStartedOn: string, on: string): void {
  const latest = `${String(Number(on.slice(0, 4)) + TERM_START_YEARS_AHEAD)}${on.slice(4)}`;
  if (termStartedOn < EARLIEST_TERM_START || termStartedOn > latest) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      termStartedOn: [
        termStartedOn > latest
          ? 'Enter a term start no more than 2 years from today'
          : 'Check the date the term started: it is before 1950',
      ],
    });
  }
}

const emailTaken = (): HttpError =>
  new HttpError(
    409,
    'email_taken',
    'There is already an account with that e-mail address. Sign in with it, or use another address.',
    { email: ['There is already an account with this e-mail address: sign in instead, or use another one'] },
  );

function cityExists(body: ApplicationBody): HttpError {
  const message = `${body.city}, ${body.state} already has an account with MIP. Ask its mayor's office, or write to MIP.`;
  return new HttpError(409, 'city_exists', message, {
    city: [`${body.city}, ${body.state} is already a member of MIP or has applied`],
  });
}

/** The e-mail signs in, so it belongs to one account; the city joins once. */
function requireNewAccountAndCity(
  body: ApplicationBody,
  people: readonly PersonRow[],
  members: readonly MemberRow[],
): void {
  const email = body.email.toLowerCase();
  if (people.some((p) => p.email.toLowerCase() === email)) throw emailTaken();
  if (members.some((m) => m.state === body.state && sameText(m.city, body.city))) throw cityExists(body);
}

/**
 * A city applies to join: a prospective city, its mayor's account and the application, made in the
 * request's one transaction after every check. Two submits at once make one account and one city:
 * the store refuses the second (one account per e-mail, one city per name and state), with the
 * same answer the checks give.
 */
export async function applyToJoin(
  tx: StoreTx,
  body: ApplicationBody,
  passwords: PasswordKeeper,
): Promise<{ application: ApplicationRow; person: PersonRow }> {
  const on = today();
  requirePlausibleTermStart(body.termStartedOn, on);
  const people = await tx.people.find();
  const members = await tx.members.find();
  requireNewAccountAndCity(body, people, members);
  const memberIds = new Set(members.map((m) => m.id));
  const personIds = new Set(people.map((p) => p.id));
  const memberId = uniqueSlug(body.city, (id) => memberIds.has(id), 'city');
  const personId = uniqueSlug(`${body.mayorName} ${memberId}`, (id) => personIds.has(id), memberId);
  const member: MemberRow = {
    id: memberId,
    city: body.city,
    state: body.state,
    population: body.population,
    populationSource: 'Stated in the application',
    populationAsOf: on,
    populationChange: null,
    version: 0,
    mayorId: personId,
    kind: 'prospective',
    joinedOn: null,
    fiscalYearStart: DEFAULT_FISCAL_YEAR_START,
  };
  const person: PersonRow = {
    id: personId,
    name: body.mayorName,
    email: body.email,
    // Kept as the runtime keeps every password: scrypt on the server (never the typed text).
    password: await passwords.hash(body.password),
    title: 'Mayor',
    role: 'prospective',
    memberId,
    termStartedOn: body.termStartedOn,
    identifiesAsWoman: false,
    // Not a member yet: the directory is for member cities, and listing is the mayor's choice later.
    listedInDirectory: false,
    policyAreas: [],
    staffAreas: [],
    deactivatedAt: null,
  };
  const application: ApplicationRow = {
    id: `app-${memberId}`,
    memberId,
    personId,
    status: 'received',
    submittedAt: clock.now().toISOString(),
    decidedAt: null,
    city: body.city,
    state: body.state,
    population: body.population,
    mayorName: body.mayorName,
    email: body.email,
    termStartedOn: body.termStartedOn,
    billingContactName: body.billingContactName,
    billingContactEmail: body.billingContactEmail,
    questions: [],
    declineReason: null,
    welcomeMessage: null,
    version: 0,
  };
  await insertOrRefuse(tx.members.insert(member), () => cityExists(body));
  await insertOrRefuse(tx.people.insert(person), emailTaken);
  await tx.applications.insert(application);
  return { application, person };
}
