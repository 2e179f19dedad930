import type { Preview, Session } from '../../src/api/contracts/session';
import type { PreviewRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';
import { liveGrantsOf } from './access';
import { findMember, mayorOf, personRefOf } from './people';
import { sessionExpiresAt, type ActiveSession } from './sessions';

export async function previewView(tx: StoreTx, preview: PreviewRow): Promise<Preview> {
  const member = await findMember(tx, preview.memberId);
  if (!member) throw new Error(`Preview of unknown member ${preview.memberId}`);
  return {
    memberId: member.id,
    city: member.city,
    mayor: personRefOf(await mayorOf(tx, member)),
    reason: preview.reason,
    startedAt: preview.startedAt,
    expiresAt: preview.expiresAt,
  };
}

/** The session as the contract shows it: who I am, whom I may act for, and the preview I am in. */
export async function sessionView(tx: StoreTx, { row, person, preview }: ActiveSession): Promise<Session> {
  const ownsMember = person.role === 'mayor' || person.role === 'prospective';
  const grants = await Promise.all(
    (await liveGrantsOf(tx, person.id)).map(async (d) => {
      const member = await findMember(tx, d.memberId);
      if (!member) return [];
      return [
        {
          delegationId: d.id,
          memberId: member.id,
          city: member.city,
          state: member.state,
          mayor: personRefOf(await mayorOf(tx, member)),
          scopes: d.scopes,
          endsOn: d.endsOn,
        },
      ];
    }),
  );
  return {
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      title: person.title,
      role: person.role,
      staffAreas: person.role === 'mip_staff' ? person.staffAreas : [],
    },
    ownMemberId: ownsMember ? person.memberId : null,
    grants: grants.flat(),
    preview: preview ? await previewView(tx, preview) : null,
    expiresAt: sessionExpiresAt(row),
  };
}
