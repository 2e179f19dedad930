import type { ComponentProps } from 'react';
import { cx } from './class-names';

const control =
  'block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-base text-slate-900 ' +
  'placeholder:text-slate-500 aria-invalid:border-red-700 read-only:bg-slate-50';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input {...props} className={cx(control, 'min-h-11', className)} />;
}

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea {...props} className={cx(control, 'min-h-28', className)} />;
}
