import type { Application, ApplicationBody } from '../../src/api/contracts/joining';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { ApplicationRow, MemberRow, PersonRow } from '../db/rows/people';
import { HttpError } from './http-error';
import { today } from './invoices';
import { uniqueSlug } from './slug';

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

function requirePlausibleTermStart(termStartedOn: string, on: string): void {
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

/** The e-mail signs in, so it belongs to one account; the city joins once. */
function requireNewAccountAndCity(body: ApplicationBody): void {
  const db = getDb();
  const email = body.email.toLowerCase();
  if (db.people.some((p) => p.email.toLowerCase() === email)) {
    throw new HttpError(
      409,
      'email_taken',
      'There is already an account with that e-mail address. Sign in with it, or use another address.',
      { email: ['There is already an account with this e-mail address: sign in instead, or use another one'] },
    );
  }
  if (db.members.some((m) => m.state === body.state && sameText(m.city, body.city))) {
    const message = `${body.city}, ${body.state} already has an account with MIP. Ask its mayor's office, or write to MIP.`;
    throw new HttpError(409, 'city_exists', message, {
      city: [`${body.city}, ${body.state} is already a member of MIP or has applied`],
    });
  }
}

/**
 * A city applies to join: a prospective city, its mayor's account and the application, made in one
 * synchronous step after every check (two submits of the same e-mail at once make one account).
 */
export function applyToJoin(body: ApplicationBody): { application: ApplicationRow; person: PersonRow } {
  const on = today();
  requirePlausibleTermStart(body.termStartedOn, on);
  requireNewAccountAndCity(body);
  const db = getDb();
  const memberId = uniqueSlug(body.city, (id) => db.members.some((m) => m.id === id), 'city');
  const personId = uniqueSlug(`${body.mayorName} ${memberId}`, (id) => db.people.some((p) => p.id === id), memberId);
  const member: MemberRow = {
    id: memberId,
    city: body.city,
    state: body.state,
    population: body.population,
    mayorId: personId,
    kind: 'prospective',
    joinedOn: null,
    fiscalYearStart: DEFAULT_FISCAL_YEAR_START,
  };
  const person: PersonRow = {
    id: personId,
    name: body.mayorName,
    email: body.email,
    password: body.password,
    title: 'Mayor',
    role: 'prospective',
    memberId,
    termStartedOn: body.termStartedOn,
    identifiesAsWoman: false,
    // Not a member yet: the directory is for member cities, and listing is the mayor's choice later.
    listedInDirectory: false,
    policyAreas: [],
    staffAreas: [],
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
  db.members.push(member);
  db.people.push(person);
  db.applications.push(application);
  return { application, person };
}
