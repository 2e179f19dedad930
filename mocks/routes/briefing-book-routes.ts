import { endpoints } from '../../src/api/contracts/endpoints';
import { getDb } from '../db/db';
import { briefingBookView, searchBriefingBooks } from '../lib/briefing-search';
import { paginate } from '../lib/paginate';
import { route } from '../lib/route';

export const briefingBookRoutes = [
  // The library is open to every signed-in person (members, delegates, prospective mayors, MIP staff).
  route(endpoints.listBriefingBooks, ({ query }) => {
    const db = getDb();
    const hits = searchBriefingBooks(db.briefingBooks, query);
    const page = paginate(hits, query.page, query.pageSize);
    const areas = new Map(db.policyAreas.map((a) => [a.id, a]));
    return { ...page, items: page.items.map((row) => briefingBookView(row, areas)) };
  }),
];
