import { ExternalLink } from 'lucide-react';

export interface ExternalLinkItem {
  title: string;
  /** Null for an item with no page of its own: it is listed, without a link. */
  url: string | null;
  /** Who publishes it ("Urban Institute"), shown after the link. */
  source: string;
}

/**
 * Readings and resources on other sites. A link opens in a new tab without access to the hub
 * (noopener, noreferrer), and says so to screen readers as the icon says it to the eye.
 */
export function ExternalLinkList({ links, className }: { links: readonly ExternalLinkItem[]; className?: string }) {
  return (
    <ul className={className ?? 'mt-2 space-y-2'}>
      {/* A list staff write may name one link twice: the position keeps the keys apart. */}
      {links.map((link, i) => (
        <li key={`${String(i)} ${link.url ?? ''} ${link.title}`}>
          {link.url === null ? (
            <span className="font-medium text-slate-900">{link.title}</span>
          ) : (
            <a
              href={link.url}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1 font-medium text-accent-700 underline underline-offset-2 hover:text-accent-900"
            >
              {link.title}
              <ExternalLink aria-hidden="true" className="size-4" />
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
          {link.source && <span className="text-slate-600"> · {link.source}</span>}
        </li>
      ))}
    </ul>
  );
}
