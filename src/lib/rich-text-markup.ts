/**
 * The small markup MIP staff type in a plain textarea for briefing-book rich text, and its
 * translation to and from sanitized HTML (src/lib/rich-text.ts).
 *
 * Lines:
 * - `### Title` is a heading (h3), one line.
 * - `- item` or `* item` lines form a bulleted list; `1. item` lines (any number) a numbered one.
 *   A blank line between items of the same kind does not end the list.
 * - Other lines form a paragraph; a single line break inside it is kept (`<br>`); a blank line
 *   starts a new paragraph. A paragraph line next to list or heading lines is its own paragraph.
 * Inline: `**bold**`, `*italic*` or `_italic_` (as in CommonMark: not next to a space, so
 * `2 * 3` is text; an `_` between letters or digits, as in file_name, is text), and
 * `[text](https://…)` (http, https and mailto URLs; any other stays text).
 * A backslash makes the next of `\ * _ [ ] ( ) # - .` plain text: `\*`, `\- not a list`, `1\. x`.
 * Everything else is text, escaped in the HTML; nothing typed is dropped but the markup itself.
 *
 * htmlToMarkup writes each block with as few backslashes as still read back the same (it checks by
 * reading its own output). `markupToHtml(htmlToMarkup(html)) === html` holds for every output of
 * markupToHtml and for sanitized HTML made of paragraphs, headings and flat lists holding text,
 * bold, italics, links and (in paragraphs) line breaks. The exceptions, which keep their text but
 * not their exact form:
 * - text outside a block (turned into a paragraph) and block elements inside lists or inline
 *   elements (lists are flattened to one level; a paragraph in an item becomes an item);
 * - line breaks in headings or list items (become spaces), a paragraph that starts or ends with a
 *   line break, or whose line is empty or only spaces (the blank line splits the paragraph);
 * - a line break or tab written as whitespace in a text node (a newline reads as a space);
 * - two lists of the same kind one after the other (they read back as one list);
 * - spaces at the edges of bold, italics or links (`<strong>Note: </strong>`): written outside
 *   them (`**Note:** `), as `**`, `*` and `_` next to a space are text;
 * - italics touching a letter or digit (`a<em>b</em>`, written `a*b*`) right next to bold;
 * - the numbers of an ordered list are always written 1, 2, 3.
 */
import { parseRichText, safeHref, serializeRichText, type RichElement, type RichNode } from './rich-text';

type LineKind = 'h3' | 'ul' | 'ol' | 'p';
const LINE_MARKERS: readonly (readonly [LineKind, RegExp])[] = [
  ['h3', /^### /],
  ['ul', /^[-*] /],
  ['ol', /^\d+\. /],
];
const BLANK_LINE = /^[ \t]*$/;
const ESCAPABLE = new Set('\\*_[]()#-.');
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;
/** Longer is not read as a link's URL (it keeps reading many unclosed `](` fast). */
const MAX_URL_LENGTH = 2048;
const PLAIN_TEXT = /[^\\\n*_[\]]+/y;
const STARS = /\*+/y;

// ---------------------------------------------------------------------------------------------
// Markup to HTML: inline

/** A letter, digit or mark: `_` next to one is text, not emphasis. */
const isWordChar = (char: string): boolean => WORD_CHAR.test(char);
/** Emphasis opens before text and closes after text, not next to a space: `2 * 3 * 4` is text. */
const canOpen = (after: string): boolean => after !== '' && !/^\s/u.test(after);
const canClose = (before: string): boolean => before !== '' && !/^\s/u.test(before);

function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return text.slice(pair ? index - 2 : Math.max(index - 1, 0), index);
}

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The URL of a link, `(` at `start` to the matching `)` on the same line, if it is a safe one. */
function readLinkTarget(text: string, start: number): { href: string; end: number } | null {
  if (text.charAt(start) !== '(') return null;
  let url = '';
  let depth = 0;
  const end = Math.min(text.length, start + 1 + MAX_URL_LENGTH);
  for (let index = start + 1; index < end; index += 1) {
    const char = text.charAt(index);
    if (char === '\n') return null;
    if (char === '\\' && ESCAPABLE.has(text.charAt(index + 1))) {
      index += 1;
      url += text.charAt(index);
      continue;
    }
    if (char === ')' && depth === 0) {
      const href = safeHref(url);
      return href === null ? null : { href, end: index + 1 };
    }
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    url += char;
  }
  return null;
}

interface Opener {
  mark: '*' | '_' | '[';
  /** Where the opener's own text sits in the output, until it is matched. */
  at: number;
  /** How many of its characters are still unmatched (a run of `*` may close in parts). */
  length: number;
  /** The whole run of `*`, and whether it could also have closed (text on both sides). */
  run: number;
  both: boolean;
}

/**
 * CommonMark's rule of three: a run of `*` between two words (`a*b`) does not match a run whose
 * length adds up with its own to a multiple of 3, so `**a*b*c**` is bold around italics.
 */
const runsMatch = (opener: Opener, run: number, both: boolean): boolean =>
  !(opener.both || both) || (opener.run + run) % 3 !== 0 || (opener.run % 3 === 0 && run % 3 === 0);

/**
 * Reads inline markup with a stack of openers: a closer matches the opener on top of the stack
 * (a link's `](url)` the nearest `[`); openers never matched stay as the text typed. A run of `*`
 * closes two at a time (bold) where both runs have two left, else one (italics), innermost first:
 * `***a** b*` is italics around bold, `***a* b**` bold around italics.
 */
class InlineReader {
  private readonly nodes: RichNode[] = [];
  private readonly openers: Opener[] = [];
  private index = 0;

  constructor(private readonly text: string) {}

  read(): RichNode[] {
    while (this.index < this.text.length) this.step();
    return this.nodes;
  }

  private step(): void {
    const char = this.text.charAt(this.index);
    if (char === '\\') this.escape();
    else if (char === '\n') this.lineBreak();
    else if (char === '*') this.stars();
    else if (char === '_') this.underscore();
    else if (char === '[') this.bracket();
    else if (char === ']') this.closeLink();
    else this.plain();
  }

  private plain(): void {
    PLAIN_TEXT.lastIndex = this.index;
    const text = PLAIN_TEXT.exec(this.text)?.[0] ?? this.text.charAt(this.index);
    this.nodes.push(text);
    this.index += text.length;
  }

  private escape(): void {
    const next = this.text.charAt(this.index + 1);
    const escaped = ESCAPABLE.has(next);
    this.nodes.push(escaped ? next : '\\');
    this.index += escaped ? 2 : 1;
  }

  private lineBreak(): void {
    this.nodes.push({ tag: 'br', children: [] });
    this.index += 1;
  }

  private open(mark: Opener['mark'], length = 1, run = length, both = false): void {
    this.openers.push({ mark, at: this.nodes.length, length, run, both });
    this.nodes.push(mark.repeat(length));
  }

  private hasContent(opener: Opener): boolean {
    return this.nodes.length > opener.at + 1;
  }

  /** Makes the opener at `position` (and the unmatched ones above it, as text) into `element`. */
  private close(position: number, element: RichElement): void {
    const opener = this.openers[position];
    if (opener === undefined) return;
    element.children = this.nodes.splice(opener.at + 1);
    this.nodes.pop();
    this.openers.length = position;
    this.nodes.push(element);
  }

  /** A run of `*`: closes runs on top of the stack when it follows text, then opens with the rest. */
  private stars(): void {
    STARS.lastIndex = this.index;
    const run = STARS.exec(this.text)?.[0].length ?? 1;
    const before = charBefore(this.text, this.index);
    const after = charAt(this.text, this.index + run);
    const both = canOpen(after) && canClose(before);
    this.index += run;
    let count = run;
    while (count > 0 && canClose(before)) {
      const top = this.openers.at(-1);
      if (top?.mark !== '*' || !this.hasContent(top) || !runsMatch(top, run, both)) break;
      const size = top.length >= 2 && count >= 2 ? 2 : 1;
      this.closeStars(top, size);
      count -= size;
    }
    if (count === 0) return;
    if (canOpen(after)) this.open('*', count, run, both);
    else this.nodes.push('*'.repeat(count));
  }

  /** Makes what follows the run on top of the stack bold or italic, using `size` of its `*`. */
  private closeStars(opener: Opener, size: number): void {
    const children = this.nodes.splice(opener.at + 1);
    opener.length -= size;
    if (opener.length === 0) {
      this.nodes.pop();
      this.openers.pop();
    } else this.nodes[opener.at] = '*'.repeat(opener.length);
    this.nodes.push({ tag: size === 2 ? 'strong' : 'em', children });
  }

  private underscore(): void {
    const before = charBefore(this.text, this.index);
    const after = charAt(this.text, this.index + 1);
    const top = this.openers.at(-1);
    this.index += 1;
    if (top?.mark === '_' && canClose(before) && !isWordChar(after) && this.hasContent(top)) {
      this.close(this.openers.length - 1, { tag: 'em', children: [] });
    } else if (canOpen(after) && !isWordChar(before)) this.open('_');
    else this.nodes.push('_');
  }

  private bracket(): void {
    this.index += 1;
    this.open('[');
  }

  /** `](url)` makes a link of the nearest `[`; earlier `[` stay text, as does a `[` without a URL. */
  private closeLink(): void {
    const position = this.openers.findLastIndex((opener) => opener.mark === '[');
    const opener = this.openers[position];
    const target = opener && this.hasContent(opener) ? readLinkTarget(this.text, this.index + 1) : null;
    if (target === null) {
      if (opener) this.openers.splice(position, 1);
      this.nodes.push(']');
      this.index += 1;
      return;
    }
    this.close(position, { tag: 'a', href: target.href, children: [] });
    this.index = target.end;
    // No link inside a link.
    for (let index = this.openers.length - 1; index >= 0; index -= 1) {
      if (this.openers[index]?.mark === '[') this.openers.splice(index, 1);
    }
  }
}

const readInline = (text: string): RichNode[] => new InlineReader(text).read();

// ---------------------------------------------------------------------------------------------
// Markup to HTML: blocks

interface LineGroup {
  kind: LineKind;
  lines: string[];
}

function readLine(line: string): { kind: LineKind; content: string } {
  for (const [kind, marker] of LINE_MARKERS) {
    const match = marker.exec(line);
    // A marker with nothing after it is text ("- " stays "- ").
    if (match && line.length > match[0].length) return { kind, content: line.slice(match[0].length) };
  }
  return { kind: 'p', content: line };
}

/** Consecutive lines of one kind; a blank line ends a paragraph or heading, not a list. */
function groupLines(text: string): LineGroup[] {
  const groups: LineGroup[] = [];
  let afterBlank = false;
  for (const line of text.split('\n')) {
    if (BLANK_LINE.test(line)) {
      afterBlank = true;
      continue;
    }
    const { kind, content } = readLine(line);
    const last = groups.at(-1);
    const continues = last?.kind === kind && (kind === 'ul' || kind === 'ol' || (kind === 'p' && !afterBlank));
    if (continues) last.lines.push(content);
    else groups.push({ kind, lines: [content] });
    afterBlank = false;
  }
  return groups;
}

function groupElement({ kind, lines }: LineGroup): RichElement {
  if (kind === 'ul' || kind === 'ol') {
    return { tag: kind, children: lines.map((line) => ({ tag: 'li', children: readInline(line) })) };
  }
  return { tag: kind, children: readInline(lines.join('\n')) };
}

/** The HTML for text typed in the markup editor: canonical (sanitizeRichText leaves it as is). */
export function markupToHtml(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n').replaceAll('\0', '');
  return serializeRichText(groupLines(clean).map(groupElement));
}

// ---------------------------------------------------------------------------------------------
// HTML to markup: blocks

type MarkupBlock = { kind: 'p' | 'h3'; inline: RichNode[] } | { kind: 'ul' | 'ol'; items: RichNode[][] };

interface BlockContext {
  kind: 'p' | 'h3';
  /** In a paragraph, heading or list item: even only spaces are its text. */
  explicit: boolean;
  /** The inline elements around the blocks being read, put back around their text. */
  wrap: (inline: RichNode[]) => RichNode[];
}

const INLINE_TAGS = new Set(['strong', 'em', 'a', 'br']);
const isInline = (node: RichNode): boolean =>
  typeof node === 'string' || (INLINE_TAGS.has(node.tag) && node.children.every(isInline));
const isVisible = (node: RichNode): boolean => typeof node !== 'string' || /[^\t\n\f\r ]/.test(node);

function listItems(list: RichElement, wrap: BlockContext['wrap']): RichNode[][] {
  const blocks: MarkupBlock[] = [];
  collectBlocks(list.children, { kind: 'p', explicit: false, wrap }, blocks);
  return blocks.flatMap((block) => ('items' in block ? block.items : [block.inline]));
}

function collectElement(element: RichElement, context: BlockContext, blocks: MarkupBlock[]): void {
  const { tag } = element;
  if (tag === 'p' || tag === 'h3') collectBlocks(element.children, { ...context, kind: tag, explicit: true }, blocks);
  else if (tag === 'ul' || tag === 'ol') blocks.push({ kind: tag, items: listItems(element, context.wrap) });
  else if (tag === 'li') collectBlocks(element.children, { ...context, explicit: true }, blocks);
  else {
    // An inline element holding blocks: each block's text keeps the element around it.
    const wrap = (inline: RichNode[]) => context.wrap([{ ...element, children: inline }]);
    collectBlocks(element.children, { ...context, wrap }, blocks);
  }
}

/** The blocks markup can write, from sanitized HTML; text outside blocks becomes a paragraph. */
function collectBlocks(nodes: readonly RichNode[], context: BlockContext, blocks: MarkupBlock[]): void {
  let run: RichNode[] = [];
  const flush = () => {
    if (run.some(isVisible) || (context.explicit && run.length > 0))
      blocks.push({ kind: context.kind, inline: context.wrap(run) });
    run = [];
  };
  for (const node of nodes) {
    if (isInline(node)) run.push(node);
    else if (typeof node !== 'string') {
      flush();
      collectElement(node, context, blocks);
    }
  }
  flush();
}

function blockElement(block: MarkupBlock): RichElement {
  if ('items' in block)
    return { tag: block.kind, children: block.items.map((item) => ({ tag: 'li', children: item })) };
  return { tag: block.kind, children: block.inline };
}

// ---------------------------------------------------------------------------------------------
// HTML to markup: writing

interface Escaping {
  text: (text: string) => string;
  url: (url: string) => string;
  lineStarts: boolean;
}

/** Escapes the markup characters that could be read as markup; `_` between letters stays. */
function escapeNeeded(text: string): string {
  return text.replace(/[\\*_[\]]/g, (char, offset: number) => {
    const before = charBefore(text, offset);
    const after = charAt(text, offset + 1);
    if (char === '_' && isWordChar(before) && isWordChar(after)) return char;
    if (char === '\\' && after !== '' && !ESCAPABLE.has(after)) return char;
    return `\\${char}`;
  });
}

const escapeUrl = (url: string): string => url.replace(/[\\()]/g, '\\$&');
/** Every markup character escaped: keeps all the text, whatever the HTML. */
const ESCAPE_ALL: Escaping = { text: (text) => text.replace(/[\\*_[\]]/g, '\\$&'), url: escapeUrl, lineStarts: true };
/** From fewest backslashes to most; the first that reads back the same is used. */
const ESCAPINGS: readonly Escaping[] = [
  { text: (text) => text, url: (url) => url, lineStarts: false },
  { text: escapeNeeded, url: escapeUrl, lineStarts: true },
  ESCAPE_ALL,
];

const startsWithWordChar = (node: RichNode | undefined): boolean =>
  typeof node === 'string' && isWordChar(charAt(node, 0));
const endsWithWordChar = (node: RichNode | undefined): boolean =>
  typeof node === 'string' && isWordChar(charBefore(node, node.length));

function writeInline(nodes: readonly RichNode[], escaping: Escaping, lineBreak: string): string {
  let markup = '';
  nodes.forEach((node, index) => {
    if (typeof node === 'string') {
      markup += escaping.text(node.replace(/\n/g, ' '));
      return;
    }
    const inner = writeInline(node.children, escaping, lineBreak);
    if (node.tag === 'br') markup += lineBreak;
    else if (node.tag === 'strong') markup += `**${inner}**`;
    else if (node.tag === 'a') markup += `[${inner}](${escaping.url(node.href ?? '')})`;
    else if (node.tag === 'em') {
      // `_` cannot open after a letter nor close before one: use `*` there.
      const touchesWord = endsWithWordChar(nodes[index - 1]) || startsWithWordChar(nodes[index + 1]);
      const mark = touchesWord ? '*' : '_';
      markup += `${mark}${inner}${mark}`;
    } else markup += inner;
  });
  return markup;
}

/** Paragraph lines that would read as a heading or list item get a backslash. */
function escapeLineStart(line: string): string {
  const { kind } = readLine(line);
  if (kind === 'ol') return line.replace(/^\d+/, '$&\\');
  return kind === 'p' ? line : `\\${line}`;
}

function writeBlock(block: MarkupBlock, escaping: Escaping): string {
  if ('items' in block) {
    const marker = (index: number) => (block.kind === 'ul' ? '- ' : `${String(index + 1)}. `);
    return block.items.map((item, index) => marker(index) + writeInline(item, escaping, ' ')).join('\n');
  }
  if (block.kind === 'h3') return `### ${writeInline(block.inline, escaping, ' ')}`;
  const markup = writeInline(block.inline, escaping, '\n');
  return escaping.lineStarts ? markup.split('\n').map(escapeLineStart).join('\n') : markup;
}

/** The markup that reads back as the block, with the fewest backslashes; null if there is none. */
function exactMarkup(block: MarkupBlock): string | null {
  const html = serializeRichText([blockElement(block)]);
  for (const escaping of ESCAPINGS) {
    const markup = writeBlock(block, escaping);
    if (markupToHtml(markup) === html) return markup;
  }
  return null;
}

const isSpaceNode = (node: RichNode): boolean => typeof node === 'string' && /^\s*$/u.test(node);

/** The element's text without its leading and trailing spaces (`first` and `last` are not spaces). */
function trimmed(inner: RichNode[]): { lead: string; middle: RichNode[]; trail: string } {
  const middle = [...inner];
  const first = middle[0];
  const lead = typeof first === 'string' ? (/^\s*/u.exec(first)?.[0] ?? '') : '';
  if (typeof first === 'string') middle[0] = first.slice(lead.length);
  const last = middle.at(-1);
  const trail = typeof last === 'string' ? (/\s*$/u.exec(last)?.[0] ?? '') : '';
  if (typeof last === 'string') middle[middle.length - 1] = last.slice(0, last.length - trail.length);
  return { lead, middle, trail };
}

/** Line breaks inside bold, italics or links as spaces: an empty line there would end the paragraph. */
const breaksAsSpaces = (nodes: readonly RichNode[]): RichNode[] =>
  nodes.map((node) =>
    typeof node === 'string' ? node : node.tag === 'br' ? ' ' : { ...node, children: breaksAsSpaces(node.children) },
  );

/**
 * Moves spaces at the edges of bold, italics and links out of them (`**` and `_` cannot open
 * before a space nor close after one), and makes their line breaks spaces.
 */
function hoistSpaces(nodes: readonly RichNode[]): RichNode[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string' || node.tag === 'br') return [node];
    const inner = hoistSpaces(breaksAsSpaces(node.children));
    let start = 0;
    let end = inner.length;
    while (start < end && isSpaceNode(inner[start] ?? '')) start += 1;
    while (end > start && isSpaceNode(inner[end - 1] ?? '')) end -= 1;
    if (start === end) return inner;
    const { lead, middle, trail } = trimmed(inner.slice(start, end));
    const hoisted = [...inner.slice(0, start), lead, { ...node, children: middle }, trail, ...inner.slice(end)];
    return hoisted.filter((child) => child !== '');
  });
}

function mapInline(block: MarkupBlock, map: (inline: RichNode[]) => RichNode[]): MarkupBlock {
  return 'items' in block
    ? { kind: block.kind, items: block.items.map(map) }
    : { kind: block.kind, inline: map(block.inline) };
}

function blockMarkup(block: MarkupBlock): string {
  const hoisted = mapInline(block, hoistSpaces);
  // Not representable exactly (see the header): the most escaped form keeps all the text.
  return exactMarkup(block) ?? exactMarkup(hoisted) ?? writeBlock(hoisted, ESCAPE_ALL);
}

/** Markup for the editor from stored rich text; markupToHtml reads it back (see the header). */
export function htmlToMarkup(html: string): string {
  const blocks: MarkupBlock[] = [];
  collectBlocks(parseRichText(html), { kind: 'p', explicit: false, wrap: (inline) => inline }, blocks);
  return blocks.map(blockMarkup).join('\n\n');
}
