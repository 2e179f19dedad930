import { sql, type SQL } from 'drizzle-orm';
import type { WorkKind, WorkStage } from '../../../src/api/contracts/staff-work';
import { countsOf, kindsOf, type PersonOnFile, type WaitingWorkPage, type WaitingWorkQuery } from '../waiting-work';
import type { RegistrationRow } from '../../../mocks/db/rows/meetings';
import type { SqlTx } from './sql-tx';

/** The stored status of a canceled registration (the rows' word, kept as it is stored). */
const CANCELED: RegistrationRow['status'] = 'cancelled';

/**
 * What waits for MIP, one select per kind, in the shape of a waiting-work entry. The same
 * conditions as the memory store's (waiting-work.ts): store.test proves both answer alike.
 */
const WAITING: Record<WorkKind, SQL> = {
  memo_request: sql`
    select 'memo_request' as kind, id, case when status = 'submitted' then 'new' else 'in_progress' end as stage,
      member_id, submitted_at as waiting_since, title as subject, null::text as detail,
      actor_id, subject_id, assignee_id
    from memo_requests where status in ('submitted', 'scoping', 'in_progress')`,
  travel_support: sql`
    select 'travel_support' as kind, r.id, 'new' as stage, r.member_id, r.created_at as waiting_since,
      r.attendee->>'name' as subject, m.title as detail, r.actor_id, r.subject_id, null::text as assignee_id
    from registrations r left join meetings m on m.id = r.meeting_id
    where r.status <> ${CANCELED} and r.travel_support->>'status' = 'requested'`,
  assistance_request: sql`
    select 'assistance_request' as kind, id,
      case when status = 'submitted' then 'new' else 'in_progress' end as stage, member_id,
      submitted_at as waiting_since, membership_year_label as subject, null::text as detail,
      actor_id, subject_id, null::text as assignee_id
    from assistance_requests where status in ('submitted', 'under_review')`,
  // Waiting since the applicant's latest answer, when MIP asked them something.
  application: sql`
    select 'application' as kind, id, case when status = 'received' then 'new' else 'in_progress' end as stage,
      member_id, coalesce((questions->-1->>'answeredAt')::timestamptz, submitted_at) as waiting_since,
      city as subject, state as detail, person_id as actor_id, person_id as subject_id, null::text as assignee_id
    from applications where status in ('received', 'answered')`,
  invoice_request: sql`
    select 'invoice_request' as kind, id, 'new' as stage, member_id,
      (billing->>'requestedAt')::timestamptz as waiting_since, number as subject,
      billing->>'purchaseOrderNumber' as detail, billing->>'actorId' as actor_id,
      billing->>'subjectId' as subject_id, null::text as assignee_id
    from invoices where billing is not null and billing->>'issuedAt' is null`,
};

/** The people an entry names, each of them perhaps no longer on file. */
const PEOPLE = sql`
  left join people pa on pa.id = w.actor_id
  left join people ps on ps.id = w.subject_id
  left join people pg on pg.id = w.assignee_id`;

/** The waiting work of the kinds asked for, with its city, and every filter but the kind applied. */
function waitingOf(kinds: readonly WorkKind[], query: WaitingWorkQuery, joins: SQL = sql``): SQL {
  const union = sql.join(
    kinds.map((kind) => WAITING[kind]),
    sql` union all `,
  );
  const conditions: SQL[] = [sql`true`];
  if (query.stage) conditions.push(sql`w.stage = ${query.stage}`);
  if (query.city) conditions.push(sql`w.member_id = ${query.city}`);
  if (query.assignedToMe) conditions.push(sql`w.assignee_id = ${query.personId}`);
  return sql`(${union}) w join members mb on mb.id = w.member_id ${joins} where ${sql.join(conditions, sql` and `)}`;
}

interface EntryRecord {
  kind: WorkKind;
  id: string;
  stage: WorkStage;
  member_id: string;
  city: string;
  state: string;
  waiting_since: string;
  subject: string;
  detail: string | null;
  actor_id: string;
  actor_name: string | null;
  actor_title: string | null;
  subject_id: string;
  subject_name: string | null;
  subject_title: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_title: string | null;
}

/** Both drivers answer a statement with `rows`. */
async function rowsOf<Row>(tx: SqlTx, statement: SQL): Promise<Row[]> {
  return ((await tx.execute(statement)) as { rows: Row[] }).rows;
}

const personOf = (id: string, name: string | null, title: string | null): PersonOnFile => ({ id, name, title });

/**
 * The staff inbox's query in the database: the counts per kind in one statement, then a page of
 * the waiting work with the people it names in another; no table is read into the server whole.
 */
export async function waitingWorkSql(tx: SqlTx, query: WaitingWorkQuery): Promise<WaitingWorkPage> {
  const { counted, listed } = kindsOf(query);
  if (counted.length === 0) return { entries: [], total: 0, counts: countsOf(query, () => 0) };
  const counts = await rowsOf<{ kind: WorkKind; n: string | number }>(
    tx,
    sql`select w.kind, count(*) as n from ${waitingOf(counted, query)} group by w.kind`,
  );
  const countBy = new Map(counts.map((c) => [c.kind, Number(c.n)]));
  // The listed kinds are among the counted ones, so their counts add up to the list's total.
  const total = listed.reduce((sum, kind) => sum + (countBy.get(kind) ?? 0), 0);
  const direction = query.sort === 'oldest' ? sql`asc` : sql`desc`;
  const offset = (query.page - 1) * query.pageSize;
  const page =
    total <= offset
      ? []
      : await rowsOf<EntryRecord>(
          tx,
          sql`
            select w.kind, w.id, w.stage, w.member_id, mb.city, mb.state,
              to_char(w.waiting_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as waiting_since,
              w.subject, w.detail,
              w.actor_id, pa.name as actor_name, pa.title as actor_title,
              w.subject_id, ps.name as subject_name, ps.title as subject_title,
              w.assignee_id, pg.name as assignee_name, pg.title as assignee_title
            from ${waitingOf(listed, query, PEOPLE)}
            order by w.waiting_since ${direction}, w.id collate "C" asc
            limit ${query.pageSize} offset ${offset}`,
        );
  return {
    entries: page.map((r) => ({
      kind: r.kind,
      id: r.id,
      stage: r.stage,
      memberId: r.member_id,
      city: r.city,
      state: r.state,
      waitingSince: r.waiting_since,
      subject: r.subject,
      detail: r.detail,
      actor: personOf(r.actor_id, r.actor_name, r.actor_title),
      onBehalfOf: personOf(r.subject_id, r.subject_name, r.subject_title),
      assignee: r.assignee_id === null ? null : personOf(r.assignee_id, r.assignee_name, r.assignee_title),
    })),
    total,
    counts: countsOf(query, (kind) => countBy.get(kind) ?? 0),
  };
}
