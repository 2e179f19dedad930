import { cx } from './class-names';

interface MeterProps {
  value: number;
  max: number;
  /** What is measured, e.g. "Memos used". */
  label: string;
  /** The value in words, e.g. "1 of 3 used". */
  valueText: string;
  className?: string;
}

/** A horizontal gauge of value out of max. */
export function Meter({ value, max, label, valueText, className }: MeterProps) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      className={cx('h-3 w-full overflow-hidden rounded-full bg-slate-200 ring-1 ring-slate-300 ring-inset', className)}
    >
      <div className="h-full rounded-full bg-accent-600 transition-[width]" style={{ width: `${percent}%` }} />
    </div>
  );
}
