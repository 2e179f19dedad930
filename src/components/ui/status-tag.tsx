import type { ReactNode } from 'react';
import { cx } from './class-names';
import { toneClasses, type Tone } from './tone';

/** A short status in words ("Renewal due"); the colour only repeats what the words say. */
export function StatusTag({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cx(
        'inline-flex max-w-full items-center rounded-md border px-2 py-0.5 text-sm font-semibold leading-6',
        toneClasses[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
