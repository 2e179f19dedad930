import { useId, type ReactNode } from 'react';
import { cx } from './class-names';
import { QueryBoundary } from './query-boundary';
import { SkeletonLines } from './skeleton';

interface WidgetProps {
  title: string;
  children: ReactNode;
  /** Lines of skeleton while loading, roughly the widget's height. */
  skeletonLines?: number;
  className?: string;
}

/**
 * A dashboard card: an h2 and its content, which loads and fails on its own. The heading stays
 * in place in every state, so the page keeps its shape and its outline.
 */
export function Widget({ title, children, skeletonLines = 3, className }: WidgetProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={cx('flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6', className)}
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      <div className="mt-3 flex-1">
        <QueryBoundary fallback={<SkeletonLines label={`Loading ${title.toLowerCase()}`} lines={skeletonLines} />}>
          {children}
        </QueryBoundary>
      </div>
    </section>
  );
}
