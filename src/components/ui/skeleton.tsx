import { cx } from './class-names';

/** A grey placeholder block; hidden from screen readers, which hear the label instead. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx('animate-pulse rounded bg-slate-200', className ?? 'h-4 w-full')} />;
}

/** A few lines of placeholder with a spoken "Loading …" for screen readers. */
export function SkeletonLines({ label, lines = 3 }: { label: string; lines?: number }) {
  const widths = ['w-11/12', 'w-3/4', 'w-5/6', 'w-2/3'];
  return (
    <div role="status" className="space-y-3 py-1">
      <span className="sr-only">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={cx('h-4', widths[i % widths.length])} />
      ))}
    </div>
  );
}
