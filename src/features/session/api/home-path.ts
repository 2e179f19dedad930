import type { Session } from '@/api/contracts/session';
import { paths } from '@/config/paths';

/** Where "home" is for this person: their own city, the mayor they act for, or their role's page. */
export function homePathFor(session: Session): string {
  if (session.preview) return paths.member.dashboard.href(session.preview.memberId);
  switch (session.person.role) {
    case 'mayor':
      return session.ownMemberId ? paths.member.dashboard.href(session.ownMemberId) : paths.welcome.href();
    case 'city_staff': {
      const [only, ...others] = session.grants;
      // One mayor: straight to their hub. Several (or none yet): the person chooses.
      return only && others.length === 0 ? paths.member.dashboard.href(only.memberId) : paths.actAs.href();
    }
    case 'mip_staff':
      return paths.staff.href();
    case 'prospective':
      return paths.welcome.href();
  }
}
