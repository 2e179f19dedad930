import type { ReactNode } from 'react';
import { cx } from './class-names';

interface PageHeadingProps {
  children: ReactNode;
  /** The browser tab's title; defaults to the heading when that is plain text. */
  documentTitle?: string;
  className?: string;
}

/**
 * The page's h1. It is the focus target after a client-side navigation (tabIndex -1), so a
 * screen reader announces the new page, and it names the browser tab.
 */
export function PageHeading({ children, documentTitle, className }: PageHeadingProps) {
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);
  return (
    <>
      {title && <title>{`${title} · MIP Member Hub`}</title>}
      <h1 tabIndex={-1} className={cx('text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl', className)}>
        {children}
      </h1>
    </>
  );
}
