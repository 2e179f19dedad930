import DOMPurify from 'dompurify';
import { cx } from './class-names';

/**
 * The one way rich text from the API reaches the page. Only plain document markup survives:
 * no scripts, styles, forms, frames, event handlers or `javascript:` links. Links to other sites
 * open in a new tab without access to this one (noopener, noreferrer).
 */
// prettier-ignore
const ALLOWED_TAGS = [
  'h2', 'h3', 'h4', 'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small',
  'ul', 'ol', 'li', 'blockquote', 'q', 'cite', 'code', 'pre', 'a', 'abbr',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan', 'scope'];

const purifier = DOMPurify();
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'A') return;
  const href = node.getAttribute('href') ?? '';
  let external = false;
  try {
    external = new URL(href, window.location.href).origin !== window.location.origin;
  } catch {
    node.removeAttribute('href');
  }
  if (external) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

export function sanitizeHtml(html: string): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Only web and mail links; everything else (javascript:, data:, vbscript:…) loses its href.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/|#)/i,
  });
}

const prose =
  'max-w-prose text-[1.0625rem] leading-relaxed text-slate-800 ' +
  '[&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-bold [&_h2]:text-slate-900 ' +
  '[&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-slate-900 ' +
  '[&_p]:mt-4 [&_ul]:mt-4 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1 ' +
  '[&_a]:font-medium [&_a]:text-accent-700 [&_a]:underline [&_a]:underline-offset-2 ' +
  '[&_blockquote]:mt-4 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-4 ' +
  '[&>:first-child]:mt-0';

/** Rich text from the API, sanitised, in the app's reading style. */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  // Sanitised just above: this component is the one place that sets HTML.
  return <div className={cx(prose, className)} dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }} />;
}
