/**
 * A small but real PDF of a seeded memo, so the demo has a delivered memo with a file to download
 * (issue 17) and the download is exercised from the first run. One US Letter page per 46 lines of
 * Helvetica; the text is the memo's, flattened from its markup to ASCII (the PDF's standard font
 * has no encoding for curly quotes without more machinery than a demo file deserves).
 */
const ENCODER = new TextEncoder();
const LINES_PER_PAGE = 46;
const WRAP_AT = 92;

function toAscii(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '');
}

/** The memo's paragraphs and list items as plain lines, without markup. */
function paragraphsOf(html: string): string[] {
  return html
    .replace(/<li>/g, '\n- ')
    .replace(/<\/(p|h2|li|ul|ol)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#39;/g, '"')
    .split('\n')
    .map((line) => toAscii(line).replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

function wrap(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > WRAP_AT) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

function pageContent(lines: { text: string; size: number }[]): string {
  const shown = lines.map(({ text, size }) => `/F1 ${String(size)} Tf (${escapePdf(text)}) Tj T*`).join('\n');
  return `BT\n14 TL\n72 720 Td\n${shown}\nET`;
}

/** The PDF's bytes: catalog, page tree, pages with their text, one font, and the cross-reference table. */
export function memoPdf(title: string, bodyHtml: string): Uint8Array<ArrayBuffer> {
  const lines = [
    { text: 'Mayors Innovation Project - Policy memo', size: 9 },
    { text: toAscii(title), size: 16 },
    { text: '', size: 10 },
    ...paragraphsOf(bodyHtml).flatMap((p) => [...wrap(p).map((text) => ({ text, size: 10 })), { text: '', size: 10 }]),
  ];
  const pages: (typeof lines)[] = [];
  for (let at = 0; at < lines.length; at += LINES_PER_PAGE) pages.push(lines.slice(at, at + LINES_PER_PAGE));

  const FONT = 3;
  const firstPage = 4;
  const pageIds = pages.map((_, i) => firstPage + i * 2); // each page is followed by its content stream
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${String(id)} 0 R`).join(' ')}] /Count ${String(pages.length)} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (const [i, page] of pages.entries()) {
    const content = pageContent(page);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${String(FONT)} 0 R >> >> /Contents ${String(firstPage + i * 2 + 1)} 0 R >>`,
      `<< /Length ${String(content.length)} >>\nstream\n${content}\nendstream`,
    );
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(pdf.length);
    pdf += `${String(i + 1)} 0 obj\n${body}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += [
    `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>`,
    'startxref',
    String(xref),
    '%%EOF',
    '',
  ].join('\n');
  return ENCODER.encode(pdf);
}
