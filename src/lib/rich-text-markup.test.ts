// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkup, markupToHtml } from './rich-text-markup';
import {
  parseRichText,
  richTextToPlainText,
  sanitizeRichText,
  serializeRichText,
  type RichElement,
  type RichNode,
} from './rich-text';

const BOOK_HTML =
  '<p>Cities can <strong>act</strong> now. See <a href="https://example.org/x">the report</a>.</p>' +
  '<ul><li>One</li><li>Two <em>more</em></li></ul>';

describe('markupToHtml', () => {
  it.each([
    ['One paragraph.', '<p>One paragraph.</p>'],
    ['First.\n\nSecond.', '<p>First.</p><p>Second.</p>'],
    ['First.\n \t\n\n\nSecond.', '<p>First.</p><p>Second.</p>'],
    ['Line one\nline two', '<p>Line one<br>line two</p>'],
    ['Windows\r\nline\rbreaks', '<p>Windows<br>line<br>breaks</p>'],
    ['\n\n  Indented \n\n', '<p>  Indented </p>'],
    ['- One\n- Two\n* Three', '<ul><li>One</li><li>Two</li><li>Three</li></ul>'],
    ['1. One\n2. Two\n10. Ten', '<ol><li>One</li><li>Two</li><li>Ten</li></ol>'],
    ['1. One\n\n2. Two', '<ol><li>One</li><li>Two</li></ol>'],
    ['- One\n1. Two', '<ul><li>One</li></ul><ol><li>Two</li></ol>'],
    ['### Heading', '<h3>Heading</h3>'],
    ['### Heading\nText under it', '<h3>Heading</h3><p>Text under it</p>'],
    [
      'Key points:\n- One\n- Two\nThat is all.',
      '<p>Key points:</p><ul><li>One</li><li>Two</li></ul><p>That is all.</p>',
    ],
    [
      '-not a list\n1.not a list\n#### not a heading\n###not either',
      '<p>-not a list<br>1.not a list<br>#### not a heading<br>###not either</p>',
    ],
    ['- \n1. \n### ', '<p>- <br>1. <br>### </p>'],
  ])('blocks: %j', (markup, html) => {
    expect(markupToHtml(markup)).toBe(html);
  });

  it.each([
    ['**bold**', '<p><strong>bold</strong></p>'],
    ['*italic* and _italic_', '<p><em>italic</em> and <em>italic</em></p>'],
    ['**bold *and italic***', '<p><strong>bold <em>and italic</em></strong></p>'],
    ['***both***', '<p><em><strong>both</strong></em></p>'],
    ['***bold** in italics*', '<p><em><strong>bold</strong> in italics</em></p>'],
    ['***italics* in bold**', '<p><strong><em>italics</em> in bold</strong></p>'],
    ['[the report](https://example.org/x)', '<p><a href="https://example.org/x">the report</a></p>'],
    ['[**bold** link](http://example.org)', '<p><a href="http://example.org/"><strong>bold</strong> link</a></p>'],
    ['[mail us](mailto:mip@example.org)', '<p><a href="mailto:mip@example.org">mail us</a></p>'],
    [
      '[wiki](https://en.wikipedia.org/wiki/Foo_(bar))',
      '<p><a href="https://en.wikipedia.org/wiki/Foo_(bar)">wiki</a></p>',
    ],
    ['### A **bold** title', '<h3>A <strong>bold</strong> title</h3>'],
    ['- [link](https://a.example) _here_', '<ul><li><a href="https://a.example/">link</a> <em>here</em></li></ul>'],
    ['**across\nlines**', '<p><strong>across<br>lines</strong></p>'],
  ])('inline: %j', (markup, html) => {
    expect(markupToHtml(markup)).toBe(html);
  });

  it.each([
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>'],
    ['[x](data:text/html,hi)', '<p>[x](data:text/html,hi)</p>'],
    ['[x](/relative)', '<p>[x](/relative)</p>'],
    ['[x]( not a url )', '<p>[x]( not a url )</p>'],
    ['[](https://a.example)', '<p>[](https://a.example)</p>'],
    ['[x](https://a.example', '<p>[x](https://a.example</p>'],
    ['[stray [x](https://a.example)', '<p>[stray <a href="https://a.example/">x</a></p>'],
    ['2 * 3 * 4 and a * b', '<p>2 * 3 * 4 and a * b</p>'],
    ['** not bold **', '<p>** not bold **</p>'],
    ['snake_case and file_name_here', '<p>snake_case and file_name_here</p>'],
    ['jane_doe@example.org or john_roe@example.org', '<p>jane_doe@example.org or john_roe@example.org</p>'],
    ['**unclosed and *also', '<p>**unclosed and *also</p>'],
    ['****', '<p>****</p>'],
    [
      '\\*not italic\\* \\_nor\\_ \\[this\\](https://a.example) \\\\',
      '<p>*not italic* _nor_ [this](https://a.example) \\</p>',
    ],
    ['C:\\Users\\mip', '<p>C:\\Users\\mip</p>'],
    [
      '\\- not a list\n1\\. not a list\n\\### not a heading',
      '<p>- not a list<br>1. not a list<br>### not a heading</p>',
    ],
  ])('keeps what is not markup as text: %j', (markup, html) => {
    expect(markupToHtml(markup)).toBe(html);
  });

  it('escapes HTML the user types', () => {
    expect(markupToHtml('<script>alert(1)</script> & <b>x</b> &amp;')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt; &amp;amp;</p>',
    );
    expect(markupToHtml('[x](https://a.example/"onmouseover="alert(1))')).toBe(
      '<p><a href="https://a.example/%22onmouseover=%22alert(1)">x</a></p>',
    );
  });

  it('keeps emoji and right-to-left text, and drops NUL', () => {
    expect(markupToHtml('שלום **עולם** 😀\0')).toBe('<p>שלום <strong>עולם</strong> 😀</p>');
  });

  it('writes the typical briefing book', () => {
    const markup = 'Cities can **act** now. See [the report](https://example.org/x).\n\n- One\n- Two _more_';
    expect(markupToHtml(markup)).toBe(BOOK_HTML);
    expect(htmlToMarkup(BOOK_HTML)).toBe(markup);
  });
});

describe('htmlToMarkup', () => {
  it.each([
    ['<h3>Title</h3><p>a<br>b</p><ol><li>x</li><li>y</li></ol>', '### Title\n\na\nb\n\n1. x\n2. y'],
    ['<p>Use * and _ and [brackets] and a \\ here</p>', 'Use * and _ and [brackets] and a \\ here'],
    [
      '<p>**not bold** and [not](https://a.example/) a link</p>',
      '\\*\\*not bold\\*\\* and \\[not\\](https://a.example/) a link',
    ],
    ['<p>snake_case stays</p>', 'snake_case stays'],
    ['<p>- a<br>1. b<br>### c</p>', '\\- a\n1\\. b\n\\### c'],
    ['<p>a<em>b</em>c</p>', 'a*b*c'],
    ['<p><em><strong>x</strong></em></p>', '_**x**_'],
    ['<p><a href="https://en.wikipedia.org/wiki/A_(b">x</a></p>', '[x](https://en.wikipedia.org/wiki/A_\\(b)'],
  ])('writes %j', (html, markup) => {
    expect(htmlToMarkup(html)).toBe(markup);
    expect(markupToHtml(markup)).toBe(html);
  });

  it.each([
    [
      'Text outside a block',
      'Outside <strong>text</strong>',
      'Outside **text**',
      '<p>Outside <strong>text</strong></p>',
    ],
    ['A nested list', '<ul><li>a<ul><li>b</li></ul></li></ul>', '- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['Paragraphs in an item', '<ol><li><p>a</p><p>b</p></li></ol>', '1. a\n2. b', '<ol><li>a</li><li>b</li></ol>'],
    ['A break in a heading', '<h3>a<br>b</h3>', '### a b', '<h3>a b</h3>'],
    [
      'Spaces at the edge of bold',
      '<p><strong>Note: </strong>text</p>',
      '**Note:** text',
      '<p><strong>Note:</strong> text</p>',
    ],
    ['A newline in text', '<p>a\nb</p>', 'a b', '<p>a b</p>'],
    [
      'Bold around a paragraph',
      '<strong><p>a</p>b</strong>',
      '**a**\n\n**b**',
      '<p><strong>a</strong></p><p><strong>b</strong></p>',
    ],
    ['Two lists in a row', '<ul><li>a</li></ul><ul><li>b</li></ul>', '- a\n\n- b', '<ul><li>a</li><li>b</li></ul>'],
  ])('writes what markup cannot say exactly, keeping the text: %s', (_name, html, markup, back) => {
    expect(htmlToMarkup(html)).toBe(markup);
    expect(markupToHtml(markup)).toBe(back);
  });

  it('sanitizes what it reads', () => {
    expect(htmlToMarkup('<p onclick="x()">a<script>b</script></p><a href="javascript:x">c</a>')).toBe('a\n\nc');
    expect(htmlToMarkup('')).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const letters = (text: string): string => text.match(/\p{L}/gu)?.join('').toLowerCase() ?? '';

/** The text of the HTML, each link's URL right after its text (where the markup has it). */
function textAndUrls(nodes: readonly RichNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      return textAndUrls(node.children) + (node.href ?? '');
    })
    .join('');
}

/** The URLs of the links that show some text. */
const hrefs = (nodes: readonly RichNode[]): string[] =>
  nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    const shown = node.href !== undefined && /\S/u.test(richTextToPlainText(serializeRichText(node.children)));
    return [...(shown ? [node.href ?? ''] : []), ...hrefs(node.children)];
  });

const markupPiece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('**', '*', '_', '[', ']', '(', ')', '\\', '#', '.', '-', ' ', '  ', '\t', '\n', '\n\n'),
  },
  { weight: 2, arbitrary: fc.constantFrom('### ', '- ', '* ', '1. ', '12. ', '\n- ', '\n1. ', '\n### ', '\n \n') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '](https://example.org/a_b)',
      '](mailto:ann@example.org)',
      '](https://en.wikipedia.org/wiki/Foo_(bar))',
      '](javascript:alert(1))',
      '](/relative)',
      '](https://a.example/\\))',
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'word',
      'Cities',
      'x',
      'snake_case',
      'Ünïcode',
      'שלום',
      '😀',
      '<b>',
      '&amp;',
      '7',
      'e\u0301',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
/** Text as staff might type it, heavy on markup characters. */
const markupText = fc.array(markupPiece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(markupText, fc.string(), fc.string({ unit: 'grapheme' }));

describe('markup properties', () => {
  it('writes canonical HTML (sanitizing it changes nothing)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const html = markupToHtml(text);
        expect(sanitizeRichText(html)).toBe(html);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what it writes: markupToHtml(htmlToMarkup(html)) is html for every html it writes', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const html = markupToHtml(text);
        expect(markupToHtml(htmlToMarkup(html))).toBe(html);
      }),
      { numRuns: 1000 },
    );
  });

  it('loses nothing typed but markup: every letter is in the text or a link', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(letters(textAndUrls(parseRichText(markupToHtml(text))))).toBe(letters(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every letter and link of any sanitized HTML, even where markup cannot say it exactly', () => {
    const htmlPiece = fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<h3>',
        '</h3>',
        '<ul>',
        '</ul>',
        '<ol>',
        '<li>',
        '</li>',
        '<strong>',
        '</strong>',
        '<em>',
        '</em>',
        '<a href="https://a.example/(x">',
        '<a href="mailto:b@example.org">',
        '</a>',
        '<br>',
        '\n',
        ' ',
      ),
      markupPiece,
    );
    fc.assert(
      fc.property(fc.array(htmlPiece, { maxLength: 25 }), (pieces) => {
        const html = sanitizeRichText(pieces.join(''));
        const back = markupToHtml(htmlToMarkup(html));
        expect(letters(richTextToPlainText(back))).toBe(letters(richTextToPlainText(html)));
        // A link around several blocks becomes a link in each.
        expect(new Set(hrefs(parseRichText(back)))).toEqual(new Set(hrefs(parseRichText(html))));
      }),
      { numRuns: 1000 },
    );
  });
});

// Sanitized HTML that markup can say exactly: paragraphs (line breaks between non-blank lines),
// headings and flat lists of text, bold, italics and links; no spaces at the edges of bold,
// italics or links, no two lists of one kind in a row, no italics touching a letter or digit (see
// spaceAroundItalics; the examples above have some).

const textUnit = fc.constantFrom(
  'a',
  'b',
  'Z',
  '7',
  'é',
  'ש',
  '😀',
  ' ',
  ' ',
  '\u00a0',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '\\',
  '#',
  '-',
  '.',
  '&',
  '<',
  '>',
  '"',
);
const text = fc.string({ unit: textUnit, minLength: 1, maxLength: 8 });
const href = fc.constantFrom(
  'https://example.org/',
  'https://example.org/a_b*c',
  'https://en.wikipedia.org/wiki/Foo_(bar)',
  'https://a.example/x)y',
  'http://a.example/?q=1&r=2',
  'mailto:ann@example.org',
  'mailto:a\\b',
);

/** Bold, italics and links, any of them in any other (the sanitizer unwraps bold in bold…). */
function inlineNodes(depth: number): fc.Arbitrary<RichNode[]> {
  const element: fc.Arbitrary<RichNode> =
    depth === 0
      ? text
      : fc
          .tuple(fc.constantFrom('strong' as const, 'em' as const, 'a' as const), href, inlineNodes(depth - 1))
          .map(([tag, url, children]): RichElement =>
            tag === 'a' ? { tag, href: url, children: trimEdges(children) } : { tag, children: trimEdges(children) },
          );
  return fc.array(fc.oneof({ weight: 2, arbitrary: text }, element), { minLength: 1, maxLength: 4 });
}

const isItalics = (node: RichNode | undefined): boolean => typeof node !== 'string' && node?.tag === 'em';

/**
 * Italics touching a letter (`a<em>b</em>`) are written `a*b*`, which next to bold may not read
 * back: a space goes between. Applied to the sanitized tree, where nesting is final.
 */
function spaceAroundItalics(nodes: readonly RichNode[]): RichNode[] {
  return nodes.map((node, index) => {
    if (typeof node !== 'string') return { ...node, children: spaceAroundItalics(node.children) };
    let value = node;
    if (isItalics(nodes[index + 1]) && /[\p{L}\p{N}\p{M}]$/u.test(value)) value = `${value} `;
    if (isItalics(nodes[index - 1]) && /^[\p{L}\p{N}\p{M}]/u.test(value)) value = ` ${value}`;
    return value;
  });
}

/** Bold, italics and links start and end with something other than a space. */
function trimEdges(children: RichNode[]): RichNode[] {
  const merged: RichNode[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (typeof child === 'string' && typeof last === 'string') merged[merged.length - 1] = last + child;
    else merged.push(child);
  }
  const trimmed = merged
    .map((child, index) => {
      if (typeof child !== 'string') return child;
      const start = index === 0 ? child.replace(/^\s+/u, '') : child;
      return index === merged.length - 1 ? start.replace(/\s+$/u, '') : start;
    })
    .filter((child) => child !== '');
  return trimmed.length > 0 ? trimmed : ['x'];
}

/** A line of a paragraph, heading or list item: not blank (only spaces and tabs). */
const visibleLine = inlineNodes(3).filter((nodes) =>
  nodes.some((node) => typeof node !== 'string' || /[^ \t]/.test(node)),
);
const paragraph = fc.array(visibleLine, { minLength: 1, maxLength: 3 }).map((lines): RichElement => ({
  tag: 'p',
  children: lines.flatMap((line, index) => (index === 0 ? line : [{ tag: 'br', children: [] }, ...line])),
}));
const heading = visibleLine.map((children): RichElement => ({ tag: 'h3', children }));
const list = fc
  .tuple(fc.constantFrom('ul' as const, 'ol' as const), fc.array(visibleLine, { minLength: 1, maxLength: 3 }))
  .map(([tag, items]): RichElement => ({ tag, children: items.map((children) => ({ tag: 'li', children })) }));
const representableHtml = fc
  .array(fc.oneof(paragraph, heading, list), { minLength: 1, maxLength: 4 })
  .map((blocks) =>
    blocks.filter((block, index) => !(block.tag !== 'p' && block.tag !== 'h3' && blocks[index - 1]?.tag === block.tag)),
  )
  .map((blocks) => serializeRichText(spaceAroundItalics(parseRichText(serializeRichText(blocks)))));

describe('htmlToMarkup properties', () => {
  it('reads back sanitized HTML that markup can say exactly', () => {
    fc.assert(
      fc.property(representableHtml, (html) => {
        expect(sanitizeRichText(html)).toBe(html);
        expect(markupToHtml(htmlToMarkup(html))).toBe(html);
      }),
      { numRuns: 1000 },
    );
  });
});
