import { formatLongDate } from '../../src/lib/format';
import type { MemoRequestRow } from '../../mocks/db/rows/benefits';
import type { MemberRow } from '../../mocks/db/rows/people';
import { escapeHtml } from '../../mocks/lib/escape-html';
import type { StoreTx } from '../store/store';
import { displayName, findPerson } from './people';

async function nameOf(tx: StoreTx, personId: string): Promise<string> {
  const person = await findPerson(tx, personId);
  return person ? displayName(person) : 'Former user';
}

/** "Jordan Lee for Mayor Ana Ortiz" when a delegate asked, "Mayor Ana Ortiz" when the mayor did. */
async function requestedBy(tx: StoreTx, row: MemoRequestRow): Promise<string> {
  const subject = await nameOf(tx, row.subjectId);
  return row.actorId === row.subjectId ? subject : `${await nameOf(tx, row.actorId)} for ${subject}`;
}

async function authorLine(tx: StoreTx, authorId: string): Promise<string> {
  const author = await findPerson(tx, authorId);
  if (!author) return 'Former MIP staff';
  return author.title ? `${author.name}, ${author.title}` : author.name;
}

/** Print-friendly and readable on screen: one serif column, no colours that waste ink. */
const STYLE = `
body { font: 12pt/1.5 Georgia, 'Times New Roman', serif; color: #111; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
header { border-bottom: 1px solid #999; margin-bottom: 1.5rem; }
.kicker { font: 600 10pt/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.05em; margin: 0; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0.25rem 0 1rem; }
h2 { font-size: 14pt; margin: 1.5rem 0 0.5rem; break-after: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; font: 10pt/1.4 system-ui, sans-serif; margin: 0 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
a { color: inherit; }
footer { border-top: 1px solid #999; margin-top: 2rem; padding-top: 0.5rem; font: 9pt/1.4 system-ui, sans-serif; }
@media print { body { margin: 0; max-width: none; } a::after { content: ' (' attr(href) ')'; font-size: 9pt; } }
`.trim();

/**
 * A delivered memo as a file of its own, to keep, print or save as PDF. Opened from disk it has no
 * server to send headers, so its Content-Security-Policy sits in a meta tag: no scripts, no remote
 * resources, only the inline style, whatever the memo's markup contains.
 */
export async function memoDocument(tx: StoreTx, row: MemoRequestRow, member: MemberRow): Promise<string> {
  const memo = row.memo;
  if (!memo) throw new Error(`Memo request ${row.id} has no delivered memo`);
  const requester = await requestedBy(tx, row);
  const author = await authorLine(tx, memo.authorId);
  const title = escapeHtml(row.title);
  const city = escapeHtml(`${member.city}, ${member.state}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Policy memo for ${city}</title>
<style>
${STYLE}
</style>
</head>
<body>
<header>
<p class="kicker">Mayors Innovation Project · Policy memo</p>
<h1>${title}</h1>
<dl>
<dt>City</dt><dd>${city}</dd>
<dt>Requested by</dt><dd>${escapeHtml(requester)}</dd>
<dt>Delivered</dt><dd>${escapeHtml(formatLongDate(memo.deliveredAt))}</dd>
<dt>Author</dt><dd>${escapeHtml(author)}</dd>
</dl>
</header>
<main>
${memo.bodyHtml}
</main>
<footer>Prepared by the Mayors Innovation Project for the City of ${escapeHtml(member.city)}.</footer>
</body>
</html>
`;
}
