import type { ComponentProps } from 'react';
import { cx } from './class-names';

/** The one surface for grouped content: white, a hairline border, generous padding. */
export function Card({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div {...props} className={cx('rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6', className)} />
  );
}
