import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { addMinutes } from '../db/dates';
import { getDb, nextId } from '../db/db';
import { requireStaff, staffAreasOf } from '../lib/access';
import { HttpError, notFound } from '../lib/http-error';
import { membershipOf } from '../lib/membership';
import { findMember, mayorOf, personRefOf } from '../lib/people';
import { paginate } from '../lib/paginate';
import { route } from '../lib/route';
import { inboxFor } from '../lib/staff-inbox';
import { previewView } from '../lib/session-view';
import { endPreview, PREVIEW_MINUTES } from '../../server/rules/sessions';

export const staffRoutes = [
  route(endpoints.listStaffMembers, ({ session }) => {
    requireStaff(session);
    const items = [...getDb().members]
      .sort((a, b) => a.city.localeCompare(b.city))
      .map((m) => ({
        id: m.id,
        city: m.city,
        state: m.state,
        population: m.population,
        mayor: personRefOf(mayorOf(m)),
        membershipStatus: membershipOf(m).status,
      }));
    return { items };
  }),

  route(endpoints.startPreview, async ({ body, session, tx }) => {
    requireStaff(session);
    // Unreachable over HTTP (the read-only rule answers first); kept for a direct call.
    if (session.preview) throw new HttpError(409, 'preview_active', 'End the current preview before starting another.');
    const member = findMember(body.memberId);
    if (!member) throw notFound('That city');
    const db = getDb();
    const startedAt = clock.now().toISOString();
    const accessLogId = nextId('log');
    db.accessLog.push({
      id: accessLogId,
      memberId: member.id,
      kind: 'staff_preview',
      actorId: session.person.id,
      description: body.reason,
      startedAt,
      endedAt: null,
    });
    const preview = {
      id: nextId('preview'),
      staffId: session.person.id,
      memberId: member.id,
      reason: body.reason,
      startedAt,
      expiresAt: addMinutes(startedAt, PREVIEW_MINUTES),
      endedAt: null,
      accessLogId,
    };
    db.previews.push(preview);
    await tx.sessions.update({ ...session.row, previewId: preview.id });
    return previewView(preview);
  }),

  route(endpoints.endPreview, async ({ session, tx }) => {
    requireStaff(session);
    // Ending a preview that already ended (or timed out) is fine: the outcome is the same.
    await endPreview(tx, session.row, clock.now().toISOString());
    return null;
  }),

  route(endpoints.listStaffInbox, ({ query, session }) => {
    requireStaff(session);
    const areas = staffAreasOf(session);
    if (query.area && !areas.includes(query.area)) {
      throw new HttpError(403, 'outside_staff_area', `Only MIP staff who work in ${query.area} see that work.`);
    }
    const { page, pageSize, sort, ...filters } = query;
    const { items, counts } = inboxFor(areas, session.person.id, filters, sort);
    return { ...paginate(items, page, pageSize), counts };
  }),
];
