// @vitest-environment jsdom
// A browser's reading of sanitizeRichText's output (jsdom's HTML parser) is the tree the sanitizer
// meant, and the app's DOMPurify pass (SafeHtml) keeps all of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '@/components/ui/safe-html';
import { markupToHtml } from './rich-text-markup';
import { RICH_TEXT_TAGS, parseRichText, sanitizeRichText, type RichNode } from './rich-text';

const textOf = (nodes: readonly RichNode[]): string =>
  nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');

/** Tag names in document order, with links' URLs. */
const elementsOf = (nodes: readonly RichNode[]): string[] =>
  nodes.flatMap((node) =>
    typeof node === 'string'
      ? []
      : [`${node.tag}${node.href === undefined ? '' : ` ${node.href}`}`, ...elementsOf(node.children)],
  );

function parsed(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

function domElements(container: HTMLElement): string[] {
  return [...container.querySelectorAll('*')].map((element) => {
    const tag = element.tagName.toLowerCase();
    return element instanceof HTMLAnchorElement ? `${tag} ${element.getAttribute('href') ?? ''}` : tag;
  });
}

function expectBrowserReadsTheSame(html: string): void {
  const container = parsed(html);
  const tree = parseRichText(html);
  expect(container.textContent).toBe(textOf(tree));
  expect(domElements(container)).toEqual(elementsOf(tree));
  for (const element of container.querySelectorAll('*')) {
    expect(RICH_TEXT_TAGS as readonly string[]).toContain(element.tagName.toLowerCase());
    expect(element.getAttributeNames()).toEqual(element.tagName === 'A' ? ['href'] : []);
  }
  const purified = parsed(sanitizeHtml(html));
  expect(purified.textContent).toBe(container.textContent);
  expect(domElements(purified)).toEqual(domElements(container));
}

const piece = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<h3>',
    '<ul>',
    '<ol>',
    '<li>',
    '</li>',
    '</ul>',
    '<strong>',
    '</strong>',
    '<em>',
    '</em>',
    '<a href="https://a.example/x?y=1&amp;z=2">',
    '<a href="mailto:ann@example.org">',
    '<a href="javascript:alert(1)">',
    '</a>',
    '<br>',
    '<div>',
    '<b>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<!-- c -->',
    '&lt;',
    '&amp;',
    '&nbsp;',
    '&#0;',
    '<',
    '>',
    '\n',
    ' ',
    '"',
    '😀',
  ),
  fc.string({ maxLength: 5 }),
);
const input = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(''));

describe('sanitizeRichText in a browser', () => {
  it('reads back as the tree the sanitizer wrote, and DOMPurify keeps all of it', () => {
    fc.assert(
      fc.property(input, (html) => expectBrowserReadsTheSame(sanitizeRichText(html))),
      { numRuns: 300 },
    );
  });

  it('does the same for the markup editor’s HTML', () => {
    const markup = fc
      .array(
        fc.constantFrom(
          '**',
          '*',
          '_',
          'word ',
          '[link](https://a.example/)',
          '\n',
          '\n\n',
          '- ',
          '1. ',
          '### ',
          '<b>',
          '&',
        ),
        {
          maxLength: 20,
        },
      )
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(markup, (text) => expectBrowserReadsTheSame(markupToHtml(text))),
      { numRuns: 300 },
    );
  });
});
