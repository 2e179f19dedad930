// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RICH_TEXT_TAGS,
  parseRichText,
  richTextToPlainText,
  safeHref,
  sanitizeRichText,
  serializeRichText,
} from './rich-text';

const ALLOWED_TAG = /^<(?:\/?(?:p|h3|ul|ol|li|strong|em|a)|br|a href="[^"<>]*")>$/;

/** Every `<` in the output starts an allowed tag in canonical form. */
function expectOnlyAllowedTags(html: string): void {
  for (const match of html.matchAll(/<\/?([a-z0-9]+)/gi)) {
    expect(RICH_TEXT_TAGS as readonly string[]).toContain(match[1]);
  }
  for (const tag of html.match(/<[^>]*>?/g) ?? []) {
    expect(tag).toMatch(ALLOWED_TAG);
    expect(tag).not.toMatch(/\son[a-z]*=/i);
  }
  expect(html).not.toMatch(/<script/i);
  for (const [, href = ''] of html.matchAll(/<a href="([^"]*)">/g)) {
    expect(href).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(['https:', 'http:', 'mailto:']).toContain(new URL(href.replaceAll('&amp;', '&')).protocol);
  }
}

describe('sanitizeRichText', () => {
  it.each([
    ['<p>Hi</p><script>alert(1)</script>', '<p>Hi</p>'],
    ['a<SCRIPT type="text/javascript">alert("</p>")</SCRIPT >b', 'ab'],
    ['a<script>never closed <p>x</p>', 'a'],
    ['a<script/>alert(1)</script>b', 'ab'],
    ['<style>p { color: red }</style>Text', 'Text'],
    ['<iframe src="https://evil.example">inside</iframe>after', 'after'],
    ['<object data="x">o</object><embed src="x">e<template><p>t</p></template>ok', 'eok'],
    ['<noscript><p>n</p></noscript><textarea><b>t</b></textarea><title>T</title><xmp><i>x</i></xmp>ok', 'ok'],
    ['<svg><script>alert(1)</script><text>s</text></svg>ok<math><mi>x</mi></math>', 'ok'],
    ['<svg/>after', 'after'],
    ['<head><title>x</title></head><p>Body</p>', '<p>Body</p>'],
  ])('drops script, style, frame and similar content: %s', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('drops every attribute but a safe href', () => {
    expect(sanitizeRichText('<p onclick="alert(1)" style="color:red" class="x" id="y">a</p>')).toBe('<p>a</p>');
    expect(sanitizeRichText('<strong onmouseover=alert(1)>b</strong>')).toBe('<strong>b</strong>');
    expect(sanitizeRichText('<a href="https://example.org" target="_blank" onclick="x()" rel="x">c</a>')).toBe(
      '<a href="https://example.org/">c</a>',
    );
    expect(sanitizeRichText('<br onload="x()" class="y"/>')).toBe('<br>');
    expect(sanitizeRichText('<img src=x onerror=alert(1)>text')).toBe('text');
    expect(sanitizeRichText('<p title="a > b" onclick=\'x()\'>q</p>')).toBe('<p>q</p>');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'jav&#x61;script:alert(1)',
    'jav&#97;script:alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    '#top',
    'http://',
    'not a url',
    '',
  ])('drops the link (keeping its text) for href %j', (href) => {
    expect(sanitizeRichText(`<a href="${href}">text</a>`)).toBe('text');
    expect(sanitizeRichText(`<a href='${href}'>text</a>`)).toBe('text');
  });

  it('keeps absolute http, https and mailto links, written as new URL writes them', () => {
    expect(sanitizeRichText('<a href="https://example.org/a?b=1&amp;c=2#d">x</a>')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2#d">x</a>',
    );
    expect(sanitizeRichText('<A HREF=HTTP://Example.ORG>x</A>')).toBe('<a href="http://example.org/">x</a>');
    expect(sanitizeRichText('<a href="  mailto:ann@example.org  ">Ann</a>')).toBe(
      '<a href="mailto:ann@example.org">Ann</a>',
    );
    expect(sanitizeRichText('<a href="https://example.org/&quot;onclick=&quot;x">x</a>')).toBe(
      '<a href="https://example.org/%22onclick=%22x">x</a>',
    );
    // The first href counts, as in HTML.
    expect(sanitizeRichText('<a href="https://a.example" href="javascript:x">x</a>')).toBe(
      '<a href="https://a.example/">x</a>',
    );
    expect(sanitizeRichText('<a name="x">no href</a>')).toBe('no href');
  });

  it('writes tags in lower case and closes what is left open', () => {
    expect(sanitizeRichText('<P>One <STRONG>two <Em>three')).toBe('<p>One <strong>two <em>three</em></strong></p>');
    expect(sanitizeRichText('<ul><li>One<li>Two</ul>')).toBe('<ul><li>One</li><li>Two</li></ul>');
    expect(sanitizeRichText('<p>a<p>b<h3>c</h3>d')).toBe('<p>a</p><p>b</p><h3>c</h3>d');
    expect(sanitizeRichText('<p>a<ul><li>b</li></ul>c</p>')).toBe('<p>a</p><ul><li>b</li></ul>c');
  });

  it('drops stray closers and lets a closer close what is open inside it', () => {
    expect(sanitizeRichText('a</p></strong></br></div>b')).toBe('ab');
    expect(sanitizeRichText('<p><strong>a<em>b</p>c')).toBe('<p><strong>a<em>b</em></strong></p>c');
    expect(sanitizeRichText('<strong>a</em>b</strong>')).toBe('<strong>ab</strong>');
  });

  it('keeps lists well formed', () => {
    expect(sanitizeRichText('<li>Not in a list</li>')).toBe('Not in a list');
    expect(sanitizeRichText('<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>')).toBe('<ul><li>One</li><li>Two</li></ul>');
    expect(sanitizeRichText('<ul>loose <li>a</li></ul>')).toBe('<ul>loose <li>a</li></ul>');
    expect(sanitizeRichText('<ul><li>a<ul><li>b</li></ul></li></ul>')).toBe('<ul><li>a<ul><li>b</li></ul></li></ul>');
    expect(sanitizeRichText('<ol><li><p>a</p><li>b</ol>')).toBe('<ol><li><p>a</p></li><li>b</li></ol>');
    expect(sanitizeRichText('<ul><strong>x<li>y</li></strong></ul>')).toBe('<ul><strong>x</strong><li>y</li></ul>');
  });

  it('keeps links out of links, and paragraphs in links sane', () => {
    expect(sanitizeRichText('<a href="https://a.example">1<a href="https://b.example">2</a>3</a>')).toBe(
      '<a href="https://a.example/">12</a>3',
    );
    expect(sanitizeRichText('<a href="https://a.example"><p>Read</p></a>')).toBe(
      '<a href="https://a.example/"><p>Read</p></a>',
    );
    expect(sanitizeRichText('<p><a href="https://a.example">x<p>y</p></a></p>')).toBe(
      '<p><a href="https://a.example/">x</a></p><p>y</p>',
    );
  });

  it('drops unknown tags but keeps their text', () => {
    expect(sanitizeRichText('<div><span class="x">a</span> <b>b</b> <i>c</i> <h1>d</h1></div>')).toBe('a b c d');
    expect(sanitizeRichText('<table><tr><td>cell</td></tr></table><o:p>word</o:p>')).toBe('cellword');
  });

  it('drops empty elements and keeps line breaks', () => {
    expect(sanitizeRichText('<p></p><strong></strong><ul> </ul><p><em></em></p>x')).toBe('x');
    expect(sanitizeRichText('<p> </p>')).toBe('<p> </p>');
    expect(sanitizeRichText('a<br>b<br/>c<BR />')).toBe('a<br>b<br>c<br>');
  });

  it('merges bold, italics and links to one URL that touch', () => {
    expect(
      sanitizeRichText(
        '<strong>a</strong><b></b><strong>b</strong> <em>c</em><em>d</em>' +
          '<a href="https://a.example">e</a><a href="https://a.example/">f</a><a href="https://b.example">g</a>',
      ),
    ).toBe('<strong>ab</strong> <em>cd</em><a href="https://a.example/">ef</a><a href="https://b.example/">g</a>');
    expect(sanitizeRichText('<strong><em>a</em></strong>\0<strong><em>b</em></strong>')).toBe(
      '<strong><em>ab</em></strong>',
    );
    expect(sanitizeRichText('<ul><li>a</li> <li>b</li></ul>')).toBe('<ul><li>a</li><li>b</li></ul>');
  });

  it('drops comments, doctype, processing instructions and CDATA', () => {
    expect(sanitizeRichText('<!DOCTYPE html>a<!-- <p>x</p> -->b<?xml version="1.0"?>c<![CDATA[d]]>e')).toBe('abce');
    expect(sanitizeRichText('a<!-->b<!--->c<!-- x --!>d')).toBe('abcd');
  });

  it('treats a < that starts no tag as text', () => {
    expect(sanitizeRichText('1 < 2 and 3 <4 <> </ x>')).toBe('1 &lt; 2 and 3 &lt;4 &lt;&gt; &lt;/ x&gt;');
    expect(sanitizeRichText('a <b')).toBe('a &lt;b');
    expect(sanitizeRichText('<p>a</p><a href="https://x.example')).toBe('<p>a</p>&lt;a href="https://x.example');
    expect(sanitizeRichText('a <!-- never closed <script>x</script>')).toBe(
      'a &lt;!-- never closed &lt;script&gt;x&lt;/script&gt;',
    );
    expect(sanitizeRichText('<p title=">">x</p>')).toBe('<p>x</p>');
  });

  it('decodes entities and escapes again', () => {
    expect(sanitizeRichText('&amp; &lt; &gt; &quot; &#39; &apos; &nbsp;')).toBe("&amp; &lt; &gt; \" ' ' \u00a0");
    expect(sanitizeRichText('&#123;&#x1F600;&#X41;&#65&mdash;&hellip;')).toBe('{😀AA—…');
    expect(sanitizeRichText('&unknown; &amp &#; &#x;')).toBe('&amp;unknown; &amp;amp &amp;#; &amp;#x;');
    expect(sanitizeRichText('&#0;&#xD800;&#xDFFF;&#x110000;&#99999999999;')).toBe('\ufffd'.repeat(5));
    expect(sanitizeRichText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sanitizeRichText('&#60;script&#62;')).toBe('&lt;script&gt;');
  });

  it('keeps emoji, right-to-left and other scripts as they are', () => {
    const text = 'Cities 🏙️👩🏽‍💼 שלום عالم 城市 Ωmega e\u0301';
    expect(sanitizeRichText(`<p>${text}</p>`)).toBe(`<p>${text}</p>`);
    expect(sanitizeRichText('\u202eevil\u202c')).toBe('\u202eevil\u202c');
  });

  it('replaces lone surrogates and drops NUL', () => {
    expect(sanitizeRichText('a\uD800b\uDC00c')).toBe('a\ufffdb\ufffdc');
    expect(sanitizeRichText('\uD83D\uDE00')).toBe('😀');
    expect(sanitizeRichText('a\0b<p\0>c</p>')).toBe('abc');
    expect(sanitizeRichText('<scr\0ipt>x</scr\0ipt>')).toBe('x');
    expect(sanitizeRichText('line\r\nbreak\rhere&#13;')).toBe('line\nbreak\nhere\n');
  });

  it('nests at most 64 elements deep and keeps the text', () => {
    const out = sanitizeRichText('<ul><li>'.repeat(100) + 'deep');
    expect(out.match(/<ul>|<li>/g)).toHaveLength(64);
    expect(richTextToPlainText(out)).toBe('deep');
    expect(sanitizeRichText(out)).toBe(out);
  });

  it('unwraps bold in bold and italics in italics', () => {
    expect(sanitizeRichText('<strong>a<strong>b<em>c<em>d</em></em></strong></strong>')).toBe(
      '<strong>ab<em>cd</em></strong>',
    );
    expect(sanitizeRichText('<strong><em><strong>x</strong></em></strong>')).toBe('<strong><em>x</em></strong>');
  });

  it.each(["<a x='", '<a ', '<!--', '<!', '<p>', '<ul><li>', '<strong>', '<script>', '&#x', '</'])(
    'stays fast on %j repeated',
    (piece) => {
      const started = performance.now();
      sanitizeRichText(piece.repeat(20_000));
      expect(performance.now() - started).toBeLessThan(2000);
    },
  );
});

describe('safeHref', () => {
  it('accepts only absolute http, https and mailto URLs', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('mailto:ann@example.org?subject=Hi there')).toBe('mailto:ann@example.org?subject=Hi%20there');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('ftp://example.org')).toBeNull();
    expect(safeHref('example.org')).toBeNull();
  });
});

describe('richTextToPlainText', () => {
  it('separates blocks by a blank line and list items by a newline', () => {
    expect(
      richTextToPlainText(
        '<h3>Title</h3><p>Cities can <strong>act</strong>&nbsp;now.</p><ul><li>One</li><li>Two</li></ul><p>a<br>b</p>',
      ),
    ).toBe('Title\n\nCities can act\u00a0now.\n\nOne\nTwo\n\na\nb');
  });

  it('reads text the way a browser shows it', () => {
    expect(richTextToPlainText('<p>\n  a\n  b  </p>\n<p>c</p>')).toBe('a b\n\nc');
    expect(richTextToPlainText('x &lt;y&gt; &amp; z<script>no</script>')).toBe('x <y> & z');
  });

  it('is empty for fields with nothing to read', () => {
    for (const html of [
      '',
      ' ',
      '<p></p>',
      '<p> </p>',
      '<p>&nbsp;</p>',
      '<br><br>',
      '<ul><li> </li></ul>',
      '<!-- -->',
    ]) {
      expect(richTextToPlainText(html)).toBe('');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Any string of UTF-16 code units, lone surrogates included. */
function anyUnits(maxLength?: number): fc.Arbitrary<string> {
  const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  return fc.string({ unit, maxLength });
}

const tagName = fc.constantFrom(
  ...RICH_TEXT_TAGS,
  'P',
  'Strong',
  'A',
  'LI',
  'script',
  'SCRIPT',
  'style',
  'iframe',
  'svg',
  'textarea',
  'div',
  'span',
  'b',
  'i',
  'img',
  'h1',
  'table',
  'td',
  'o:p',
);
const attribute = fc.oneof(
  fc.constantFrom(
    'onclick="alert(1)"',
    'onerror=alert(1)',
    'style="x:y"',
    'class=a',
    'href="https://example.org/a b"',
    "href='mailto:ann@example.org'",
    'href=http://example.org/x?y=1&amp;z=2',
    'href="javascript:alert(1)"',
    'href="jav&#x61;script:alert(1)"',
    'href="java\tscript:x"',
    'href="data:text/html,x"',
    'href="/relative"',
    'title=">"',
    'x',
    '/',
  ),
  fc.string({ maxLength: 6 }).map((value) => `href="${value}"`),
  fc
    .tuple(
      fc.constantFrom('https://', 'http://a.example', 'mailto:', 'HTTPS:', ' http:', 'https://x.example/'),
      anyUnits(8),
    )
    .map(([scheme, rest]) => `href="${scheme}${rest}"`),
);
const tag = fc.oneof(
  fc
    .tuple(tagName, fc.array(attribute, { maxLength: 3 }))
    .map(([name, attributes]) => ['<' + name, ...attributes].join(' ') + '>'),
  tagName.map((name) => `</${name}>`),
);
const htmlPiece = fc.oneof(
  { weight: 3, arbitrary: tag },
  { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&lt;',
      '&#x61;',
      '&#0;',
      '&#xD800;',
      '&nbsp;',
      '&bogus;',
      '<',
      '>',
      '&',
      '<!--',
      '-->',
      '<!-- c -->',
      '<!doctype html>',
      '<?x?>',
      '<![CDATA[c]]>',
      '\n',
      ' ',
      '\r',
      '\0',
      '\uD800',
      '\uDC00',
      '😀',
      'שלום',
      '"',
      "'",
      '/',
      '=',
    ),
  },
);
/** HTML-like input: tags (allowed or not, with and without attributes), text, entities, comments. */
const htmlish = fc.array(htmlPiece, { maxLength: 25 }).map((pieces) => pieces.join(''));
const anyText = anyUnits();
const anyInput = fc.oneof(htmlish, anyText, fc.string({ unit: 'grapheme' }));

describe('sanitizeRichText properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = sanitizeRichText(input);
        expect(sanitizeRichText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes only allowed tags, safe links and no script', () => {
    fc.assert(
      fc.property(anyInput, (input) => expectOnlyAllowedTags(sanitizeRichText(input))),
      { numRuns: 1000 },
    );
  });

  it('keeps every letter and digit of text without tags', () => {
    const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.join('') ?? '';
    const noMarkup = fc.string({
      unit: fc.constantFrom('a', 'Z', '7', ' ', '\n', '>', '"', 'é', 'ש', '😀', '*', '\t'),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          noMarkup,
          anyText.filter((text) => !/[<&]/.test(text)),
        ),
        (text) => {
          const wellFormed = text.replace(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
            '',
          );
          expect(letters(richTextToPlainText(sanitizeRichText(text)))).toBe(letters(wellFormed));
        },
      ),
    );
  });

  it('gives a tree that writes back to the same HTML', () => {
    fc.assert(
      fc.property(htmlish, (input) => {
        const html = sanitizeRichText(input);
        expect(serializeRichText(parseRichText(html))).toBe(html);
      }),
    );
  });
});
