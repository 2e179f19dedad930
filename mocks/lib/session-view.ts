import type { Preview, Session } from '../../src/api/contracts/session';
import type { PreviewRow } from '../db/rows/people';
import { liveGrantsOf } from './access';
import { findMember, mayorOf, personRefOf } from './people';
import { sessionExpiresAt, type ActiveSession } from '../../server/rules/sessions';

export function previewView(preview: PreviewRow): Preview {
  const member = findMember(preview.memberId);
  if (!member) throw new Error(`Preview of unknown member ${preview.memberId}`);
  return {
    memberId: member.id,
    city: member.city,
    mayor: personRefOf(mayorOf(member)),
    reason: preview.reason,
    startedAt: preview.startedAt,
    expiresAt: preview.expiresAt,
  };
}

/** The session as the contract shows it: who I am, whom I may act for, and the preview I am in. */
export function sessionView({ row, person, preview }: ActiveSession): Session {
  const ownsMember = person.role === 'mayor' || person.role === 'prospective';
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
    grants: liveGrantsOf(person.id).flatMap((d) => {
      const member = findMember(d.memberId);
      if (!member) return [];
      return [
        {
          delegationId: d.id,
          memberId: member.id,
          city: member.city,
          state: member.state,
          mayor: personRefOf(mayorOf(member)),
          scopes: d.scopes,
          endsOn: d.endsOn,
        },
      ];
    }),
    preview: preview ? previewView(preview) : null,
    expiresAt: sessionExpiresAt(row),
  };
}
