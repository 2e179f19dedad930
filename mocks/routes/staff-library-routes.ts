import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import {
  createBook,
  publishBook,
  staffBookFor,
  staffBookPage,
  staffBookView,
  unpublishBook,
  updateBook,
} from '../../server/rules/staff-library';
import { changeTarget } from '../../server/rules/staff-changes';

/** The book a change is for, held, once the caller works in programs or policy. */
const changing = changeTarget('book', (change) => staffBookFor(change.tx, change.session, change.params.bookId, true));

/** MIP's programs and policy staff writing the library; a read-only preview is refused changes by the pipeline. */
export const staffLibraryRoutes = [
  route(endpoints.listStaffBooks, ({ query, session, tx }) => staffBookPage(tx, session, query)),

  route(endpoints.getStaffBook, async ({ params, session, tx }) =>
    staffBookView(tx, await staffBookFor(tx, session, params.bookId)),
  ),

  route(endpoints.createBook, async ({ body, session, tx }) => staffBookView(tx, await createBook(tx, session, body))),

  route(endpoints.updateBook, async (ctx) =>
    staffBookView(ctx.tx, await updateBook(ctx.tx, await changing(ctx), ctx.body)),
  ),

  route(endpoints.publishBook, async (ctx) =>
    staffBookView(ctx.tx, await publishBook(ctx.tx, await changing(ctx, (row) => row.status === 'published'))),
  ),

  route(endpoints.unpublishBook, async (ctx) =>
    staffBookView(ctx.tx, await unpublishBook(ctx.tx, await changing(ctx, (row) => row.status === 'draft'))),
  ),
];
