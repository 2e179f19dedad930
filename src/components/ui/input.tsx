import type { ComponentProps } from 'react';
import { cx } from './class-names';

const control =
  'block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-base text-slate-900 ' +
  'placeholder:text-slate-500 aria-invalid:border-red-700 read-only:bg-slate-50 ' +
  'disabled:cursor-not-allowed disabled:border-slate-300 disabled:bg-slate-100';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input {...props} className={cx(control, 'min-h-11', className)} />;
}

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea {...props} className={cx(control, 'min-h-28', className)} />;
}

export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select {...props} className={cx(control, 'min-h-11 pr-8', className)} />;
}

/** A checkbox with its label beside it (a label above a checkbox reads oddly). */
export function Checkbox({ label, hint, ...props }: ComponentProps<'input'> & { label: string; hint?: string }) {
  const hintId = hint && props.id ? `${props.id}-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        type="checkbox"
        aria-describedby={hintId}
        {...props}
        className="mt-0.5 size-6 shrink-0 rounded border-2 border-slate-500 accent-accent-700"
      />
      <div>
        <label htmlFor={props.id} className="font-semibold text-slate-900">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-[0.9375rem] text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
