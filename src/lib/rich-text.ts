/**
 * Rich text in briefing books: the small HTML subset MIP staff write (paragraphs, level-3
 * headings, lists, bold, italics, links and line breaks).
 *
 * The sanitizer never passes its input through. It reads the input into tokens (text, tags,
 * comments), builds a tree that holds only allowed elements, and writes that tree out again in one
 * canonical form: lower-case tags without attributes, except `href` on links (absolute http, https
 * or mailto URLs, as `new URL` writes them), and text with `&`, `<` and `>` escaped again. Whatever
 * a browser might read differently from this code (odd quoting, unclosed tags, entities inside
 * links, comments) is gone from the output, and sanitizing the output again changes nothing.
 * Plain string code: it runs the same in Node and in the browser.
 *
 * Choices:
 * - Elements with nothing inside (`<p></p>`, `<strong></strong>`, `<ul> </ul>`) are dropped;
 *   whitespace-only text directly inside `ul`/`ol` is dropped; other text there is kept. Bold,
 *   italics and links to one URL that touch are merged (`<em>a</em><em>b</em>` is `<em>ab</em>`);
 *   bold inside bold and italics inside italics are unwrapped.
 * - A `p`, `h3`, `ul` or `ol` start closes an open `p`/`h3` (as browsers do); `li` closes an open
 *   `li` of the same list and is dropped outside `ul`/`ol`; a link inside a link is dropped.
 * - Only `&amp; &lt; &gt; &quot; &apos; &nbsp;`, a few typographic names (`&mdash;`…) and numeric
 *   references are decoded; other `&name;` stay as written. `\r\n` and `\r` become `\n`; NUL is
 *   removed; lone surrogates become U+FFFD.
 * - A tag left open at the end of the input (`<a href="x`) and the rest after it are text.
 * - Elements nest at most 64 deep; deeper tags are dropped and their text kept.
 */

export const RICH_TEXT_TAGS = ['p', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'] as const;

/** A tag the sanitizer keeps. */
export type RichTextTag = (typeof RICH_TEXT_TAGS)[number];

/** An element of sanitized rich text; `href` is set on links only. */
export interface RichElement {
  tag: RichTextTag;
  href?: string;
  children: RichNode[];
}

/** Text (decoded, not escaped) or an element. */
export type RichNode = string | RichElement;

const ALLOWED = new Set<string>(RICH_TEXT_TAGS);
/**
 * Elements whose content is dropped with them: code, styles, frames, embedded documents. (`embed`
 * has no content: it is dropped like any other unknown tag.)
 */
const DROP_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'svg',
  'math',
  'head',
]);
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
const MAX_DEPTH = 64;
/** HTML's whitespace: tab, line feed, form feed, carriage return, space. */
const HTML_SPACE = new Set(['\t', '\n', '\f', '\r', ' ']);
const NAME_END = new Set([...HTML_SPACE, '/', '>']);
const ATTRIBUTE_NAME_END = new Set([...NAME_END, '=']);
const UNQUOTED_VALUE_END = new Set([...HTML_SPACE, '>']);
const BETWEEN_ATTRIBUTES = new Set([...HTML_SPACE, '/']);

const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['ldquo', '\u201c'],
  ['rdquo', '\u201d'],
  ['hellip', '\u2026'],
  ['bull', '\u2022'],
  ['middot', '\u00b7'],
  ['copy', '\u00a9'],
  ['reg', '\u00ae'],
  ['trade', '\u2122'],
  ['deg', '\u00b0'],
  ['euro', '\u20ac'],
  ['pound', '\u00a3'],
  ['cent', '\u00a2'],
  ['sect', '\u00a7'],
  ['times', '\u00d7'],
  ['shy', '\u00ad'],
]);
const ENTITY = /&(?:#(\d+);?|#[xX]([0-9A-Fa-f]+);?|([A-Za-z][A-Za-z0-9]*);)/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { type: 'text'; text: string }
  | { type: 'start'; name: string; href: string | undefined }
  | { type: 'end'; name: string };

/** What a `<` starts: a token (or nothing, for a comment) ending at `end`. */
interface Markup {
  token?: Token;
  end: number;
}

/** The `<` starts something never closed: it and the rest of the input are text. */
const REST_IS_TEXT = 'rest-is-text';
type ReadResult = Markup | null | typeof REST_IS_TEXT;

interface Attributes {
  href: string | undefined;
  selfClosing: boolean;
  end: number;
}

const isAsciiLetter = (char: string | undefined): boolean => char !== undefined && /^[A-Za-z]$/.test(char);
const asciiLowerCase = (text: string): string => text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());

function skipWhile(html: string, from: number, set: ReadonlySet<string>): number {
  let index = from;
  while (index < html.length && set.has(html.charAt(index))) index += 1;
  return index;
}

function skipUntil(html: string, from: number, set: ReadonlySet<string>): number {
  let index = from;
  while (index < html.length && !set.has(html.charAt(index))) index += 1;
  return index;
}

function codePointText(digits: string, radix: number): string {
  const significant = digits.replace(/^0+/, '');
  const code = significant.length > 7 ? Infinity : Number.parseInt(significant || '0', radix);
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? '\ufffd' : String.fromCodePoint(code);
}

/** Decodes the character references people and editors write; unknown names stay as written. */
function decodeEntities(text: string): string {
  return text.replace(
    ENTITY,
    (match: string, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (decimal !== undefined) return codePointText(decimal, 10);
      if (hex !== undefined) return codePointText(hex, 16);
      return NAMED_ENTITIES.get(name ?? '') ?? match;
    },
  );
}

/** One attribute at `from`: its lower-case name, its raw value, and where it ends. */
function readAttribute(html: string, from: number): { name: string; value: string; end: number } | null {
  // The first character may be `=` (HTML reads `<p =x>` as an attribute named "=x").
  const nameEnd = skipUntil(html, from + 1, ATTRIBUTE_NAME_END);
  const name = asciiLowerCase(html.slice(from, nameEnd));
  const equals = skipWhile(html, nameEnd, HTML_SPACE);
  if (html.charAt(equals) !== '=') return { name, value: '', end: nameEnd };
  const valueStart = skipWhile(html, equals + 1, HTML_SPACE);
  const quote = html.charAt(valueStart);
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, valueStart + 1);
    return close === -1 ? null : { name, value: html.slice(valueStart + 1, close), end: close + 1 };
  }
  const valueEnd = skipUntil(html, valueStart, UNQUOTED_VALUE_END);
  return { name, value: html.slice(valueStart, valueEnd), end: valueEnd };
}

/** The attributes after a tag name, up to and including `>`; null when the input ends first. */
function readAttributes(html: string, from: number): Attributes | null {
  let href: string | undefined;
  let index = from;
  for (;;) {
    const start = index;
    index = skipWhile(html, index, BETWEEN_ATTRIBUTES);
    if (index >= html.length) return null;
    if (html.charAt(index) === '>') {
      return { href, selfClosing: html.slice(start, index).endsWith('/'), end: index + 1 };
    }
    const attribute = readAttribute(html, index);
    if (attribute === null) return null;
    // As in HTML, the first of repeated attributes counts.
    if (attribute.name === 'href') href ??= attribute.value;
    index = attribute.end;
  }
}

/** Where the content of a dropped element ends: after its closing tag, or at the end of the input. */
function skipContent(html: string, name: string, from: number): number {
  const closer = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
  closer.lastIndex = from;
  const match = closer.exec(html);
  if (match === null) return html.length;
  const end = html.indexOf('>', match.index);
  return end === -1 ? html.length : end + 1;
}

function readTag(html: string, nameStart: number, closing: boolean): ReadResult {
  if (!isAsciiLetter(html.charAt(nameStart))) return null;
  const nameEnd = skipUntil(html, nameStart, NAME_END);
  const name = asciiLowerCase(html.slice(nameStart, nameEnd));
  const attributes = readAttributes(html, nameEnd);
  if (attributes === null) return REST_IS_TEXT;
  const { href, selfClosing, end } = attributes;
  if (closing) return { token: { type: 'end', name }, end };
  // `<svg/>` and `<math/>` close themselves; `<script/>` does not, in HTML.
  if (DROP_CONTENT.has(name) && !(selfClosing && (name === 'svg' || name === 'math'))) {
    return { end: skipContent(html, name, end) };
  }
  return { token: { type: 'start', name, href }, end };
}

function readComment(html: string, start: number): ReadResult {
  const body = start + 4;
  if (html.startsWith('>', body)) return { end: body + 1 };
  if (html.startsWith('->', body)) return { end: body + 2 };
  const close = /--!?>/g;
  close.lastIndex = body;
  const match = close.exec(html);
  return match === null ? REST_IS_TEXT : { end: match.index + match[0].length };
}

/** What the `<` at `start` begins: a comment, doctype, processing instruction, CDATA or tag. */
function readMarkup(html: string, start: number): ReadResult {
  const next = html.charAt(start + 1);
  if (html.startsWith('<!--', start)) return readComment(html, start);
  if (next === '!' || next === '?') {
    const end = html.indexOf('>', start + 2);
    return end === -1 ? REST_IS_TEXT : { end: end + 1 };
  }
  if (next === '/') return readTag(html, start + 2, true);
  return readTag(html, start + 1, false);
}

function tokenize(source: string): Token[] {
  const html = source.replace(/\r\n?/g, '\n');
  const tokens: Token[] = [];
  let text = '';
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    const markup = open === -1 ? REST_IS_TEXT : readMarkup(html, open);
    if (markup === REST_IS_TEXT) {
      text += html.slice(index);
      break;
    }
    text += html.slice(index, markup === null ? open + 1 : open);
    index = markup === null ? open + 1 : markup.end;
    if (markup?.token) {
      if (text !== '') tokens.push({ type: 'text', text: decodeEntities(text) });
      text = '';
      tokens.push(markup.token);
    }
  }
  if (text !== '') tokens.push({ type: 'text', text: decodeEntities(text) });
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Tree

function parseUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A link target rich text may carry: an absolute http, https or mailto URL, written the way
 * `new URL` writes it; null for anything else (javascript:, data:, relative, unparsable).
 */
export function safeHref(value: string): string | null {
  const href = parseUrl(value);
  // A URL must read back as itself, or sanitizing the output again would change it.
  return href !== null && parseUrl(href) === href ? href : null;
}

function appendText(nodes: RichNode[], text: string): void {
  const last = nodes.at(-1);
  if (typeof last === 'string') nodes[nodes.length - 1] = last + text;
  else if (text !== '') nodes.push(text);
}

/** Builds the tree of allowed elements from the tokens, keeping it well nested. */
class TreeBuilder {
  readonly root: RichNode[] = [];
  private readonly stack: RichElement[] = [];

  add(token: Token): void {
    if (token.type === 'text') appendText(this.children(), token.text);
    else if (token.type === 'end') this.close(token.name);
    else this.open(token.name, token.href);
  }

  private children(): RichNode[] {
    return this.stack.at(-1)?.children ?? this.root;
  }

  private nearest(tags: readonly RichTextTag[]): number {
    return this.stack.findLastIndex((element) => tags.includes(element.tag));
  }

  private push(element: RichElement): void {
    this.children().push(element);
    this.stack.push(element);
  }

  private close(name: string): void {
    const index = this.stack.findLastIndex((element) => element.tag === name);
    if (index !== -1) this.stack.length = index;
  }

  private open(name: string, href: string | undefined): void {
    if (!ALLOWED.has(name)) return;
    const tag = name as RichTextTag;
    if (tag === 'br') this.children().push({ tag, children: [] });
    else if (this.stack.length >= MAX_DEPTH) return;
    else if (tag === 'a') this.openLink(href);
    else if (tag === 'li') this.openListItem();
    else {
      if (tag === 'p' || tag === 'h3' || tag === 'ul' || tag === 'ol') this.closeParagraph();
      this.push({ tag, children: [] });
    }
  }

  private openLink(value: string | undefined): void {
    const href = value === undefined ? null : safeHref(decodeEntities(value));
    if (href !== null && this.nearest(['a']) === -1) this.push({ tag: 'a', href, children: [] });
  }

  private openListItem(): void {
    const index = this.nearest(['ul', 'ol', 'li']);
    if (index === -1) return;
    // A new item ends the open one; either way the item goes straight into its list.
    this.stack.length = this.stack[index]?.tag === 'li' ? index : index + 1;
    this.push({ tag: 'li', children: [] });
  }

  /** A block starting inside a paragraph or heading (of the same list item) ends it. */
  private closeParagraph(): void {
    const index = this.nearest(['p', 'h3', 'li', 'ul', 'ol']);
    const tag = this.stack[index]?.tag;
    if (tag === 'p' || tag === 'h3') this.stack.length = index;
  }
}

function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\0', '').replace(LONE_SURROGATE, '\ufffd');
}

const isHtmlSpace = (text: string): boolean => /^[\t\n\f\r ]*$/.test(text);

/**
 * The element's normalized form, inside `ancestors`: nothing for an empty element, its children
 * for a link without href and for bold in bold or italics in italics.
 */
function normalizeElement(element: RichElement, ancestors: readonly RichTextTag[]): RichNode[] {
  const { tag, href } = element;
  if (tag === 'br') return [{ tag, children: [] }];
  const nested = (tag === 'strong' || tag === 'em') && ancestors.includes(tag);
  if (nested || (tag === 'a' && href === undefined)) return normalizeNodes(element.children, ancestors);
  const children = normalizeNodes(element.children, [...ancestors, tag]);
  if (children.length === 0) return [];
  return [tag === 'a' ? { tag, href, children } : { tag, children }];
}

/**
 * Merges adjacent text and adjacent bold, italics or links to one URL (`<em>a</em><em>b</em>`),
 * drops empty text and elements, and whitespace directly inside lists.
 */
function normalizeNodes(nodes: readonly RichNode[], ancestors: readonly RichTextTag[]): RichNode[] {
  const parent = ancestors.at(-1);
  const inList = parent === 'ul' || parent === 'ol';
  const elements = nodes.flatMap((node) => (typeof node === 'string' ? [node] : normalizeElement(node, ancestors)));
  // Text is cleaned once merged (a surrogate pair may come in two pieces), then merged again
  // where dropping text left two elements side by side.
  const cleaned = mergeAdjacent(elements, ancestors)
    .map((node) => (typeof node === 'string' ? cleanText(node) : node))
    .filter((node) => typeof node !== 'string' || (node !== '' && !(inList && isHtmlSpace(node))));
  return mergeAdjacent(cleaned, ancestors);
}

const mergeable = (a: RichElement, b: RichElement): boolean =>
  a.tag === b.tag && (a.tag === 'strong' || a.tag === 'em' || (a.tag === 'a' && a.href === b.href));

function mergeAdjacent(nodes: readonly RichNode[], ancestors: readonly RichTextTag[]): RichNode[] {
  const merged: RichNode[] = [];
  // Elements that took in the children of the ones after them; normalized once, at the end.
  const grown = new Set<RichElement>();
  for (const node of nodes) {
    const last = merged.at(-1);
    if (typeof node === 'string') appendText(merged, node);
    else if (last === undefined || typeof last === 'string' || !mergeable(last, node)) merged.push(node);
    else {
      const group = grown.has(last) ? last : { ...last, children: [...last.children] };
      for (const child of node.children) group.children.push(child);
      grown.add(group);
      merged[merged.length - 1] = group;
    }
  }
  return merged.map((node) =>
    typeof node !== 'string' && grown.has(node)
      ? { ...node, children: normalizeNodes(node.children, [...ancestors, node.tag]) }
      : node,
  );
}

// ---------------------------------------------------------------------------------------------
// Output

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function writeNodes(nodes: readonly RichNode[]): string {
  let html = '';
  for (const node of nodes) html += typeof node === 'string' ? escapeText(node) : writeElement(node);
  return html;
}

function writeElement(element: RichElement): string {
  if (element.tag === 'br') return '<br>';
  const open = element.tag === 'a' ? `<a href="${escapeAttribute(element.href ?? '')}">` : `<${element.tag}>`;
  return `${open}${writeNodes(element.children)}</${element.tag}>`;
}

/** The tree of sanitized rich text, for code that reads it (the markup editor). */
export function parseRichText(html: string): RichNode[] {
  const builder = new TreeBuilder();
  for (const token of tokenize(html)) builder.add(token);
  return normalizeNodes(builder.root, []);
}

/** Canonical HTML for a tree built in code; sanitized, so any tree is safe to write. */
export function serializeRichText(nodes: readonly RichNode[]): string {
  return sanitizeRichText(writeNodes(nodes));
}

/** Rich text safe to store and show: only RICH_TEXT_TAGS, rebuilt in canonical form (see above). */
export function sanitizeRichText(html: string): string {
  return writeNodes(parseRichText(html));
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** Collects text with the breaks between blocks (blank line) and lines (newline). */
class PlainTextWriter {
  private text = '';
  private pendingBreak = '';

  write(nodes: readonly RichNode[]): void {
    for (const node of nodes) {
      if (typeof node === 'string') this.add(node.replace(/[\t\n\f\r ]+/g, ' '));
      else this.writeElement(node);
    }
  }

  result(): string {
    return this.text
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private writeElement(element: RichElement): void {
    if (element.tag === 'br') {
      this.add('\n');
      return;
    }
    const separator = element.tag === 'li' ? '\n' : element.tag === 'p' || element.tag === 'h3' ? '\n\n' : '';
    const list = element.tag === 'ul' || element.tag === 'ol';
    this.separate(list ? '\n\n' : separator);
    this.write(element.children);
    this.separate(list ? '\n\n' : separator);
  }

  private separate(separator: string): void {
    if (separator.length > this.pendingBreak.length) this.pendingBreak = separator;
  }

  private add(text: string): void {
    if (this.text !== '') this.text += this.pendingBreak;
    this.pendingBreak = '';
    this.text += text;
  }
}

/** The text people read in rich text: for summaries, and to tell whether a field is empty. */
export function richTextToPlainText(html: string): string {
  const writer = new PlainTextWriter();
  writer.write(parseRichText(html));
  return writer.result();
}
