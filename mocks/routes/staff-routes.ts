import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { addMinutes } from '../db/dates';
import type { InvoiceRow } from '../db/rows/dues';
import type { PreviewRow } from '../db/rows/people';
import { requireStaff, staffAreasOf } from '../../server/rules/access';
import { membershipFrom } from '../../server/rules/membership';
import { findMember, personRefOf } from '../../server/rules/people';
import { previewView } from '../../server/rules/session-view';
import { endPreview, PREVIEW_MINUTES } from '../../server/rules/sessions';
import { inboxFor } from '../../server/rules/staff-inbox';
import { populationOn } from '../../server/rules/population';
import { today } from '../../server/rules/invoices';
import { HttpError, notFound } from '../lib/http-error';
import { route } from '../lib/route';

export const staffRoutes = [
  // Every city with its mayor and standing: people and invoices are read once for the whole list.
  route(endpoints.listStaffMembers, async ({ session, tx }) => {
    requireStaff(session);
    const [members, people, invoices] = await Promise.all([tx.members.find(), tx.people.find(), tx.invoices.find()]);
    const peopleById = new Map(people.map((p) => [p.id, p]));
    const invoicesOf = new Map<string, InvoiceRow[]>();
    for (const i of invoices) invoicesOf.set(i.memberId, [...(invoicesOf.get(i.memberId) ?? []), i]);
    const items = members
      .sort((a, b) => a.city.localeCompare(b.city))
      .map((m) => {
        const mayor = peopleById.get(m.mayorId);
        if (!mayor) throw new Error(`Member ${m.id} has no mayor ${m.mayorId}`);
        return {
          id: m.id,
          city: m.city,
          state: m.state,
          population: populationOn(m, today()).population,
          mayor: personRefOf(mayor),
          membershipStatus: membershipFrom(m, invoicesOf.get(m.id) ?? []).status,
        };
      });
    return { items };
  }),

  route(endpoints.startPreview, async ({ body, session, tx }) => {
    requireStaff(session);
    // Unreachable over HTTP (the read-only rule answers first); kept for a direct call.
    if (session.preview) throw new HttpError(409, 'preview_active', 'End the current preview before starting another.');
    const member = await findMember(tx, body.memberId);
    if (!member) throw notFound('That city');
    const startedAt = clock.now().toISOString();
    const accessLogId = await tx.nextId('log');
    await tx.accessLog.insert({
      id: accessLogId,
      memberId: member.id,
      kind: 'staff_preview',
      actorId: session.person.id,
      description: body.reason,
      startedAt,
      endedAt: null,
    });
    const preview: PreviewRow = {
      id: await tx.nextId('preview'),
      staffId: session.person.id,
      memberId: member.id,
      reason: body.reason,
      startedAt,
      expiresAt: addMinutes(startedAt, PREVIEW_MINUTES),
      endedAt: null,
      accessLogId,
    };
    await tx.previews.insert(preview);
    await tx.sessions.update({ ...session.row, previewId: preview.id });
    return previewView(tx, preview);
  }),

  route(endpoints.endPreview, async ({ session, tx }) => {
    requireStaff(session);
    // Ending a preview that already ended (or timed out) is fine: the outcome is the same.
    await endPreview(tx, session.row, clock.now().toISOString());
    return null;
  }),

  route(endpoints.listStaffInbox, async ({ query, session, tx }) => {
    requireStaff(session);
    const areas = staffAreasOf(session);
    if (query.area && !areas.includes(query.area)) {
      throw new HttpError(403, 'outside_staff_area', `Only MIP staff who work in ${query.area} see that work.`);
    }
    return inboxFor(tx, areas, session.person.id, query);
  }),
];
