import { cx } from './class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';
export type ButtonSize = 'md' | 'sm';

const base =
  'inline-flex items-center justify-center gap-2 rounded-md font-semibold transition-colors select-none ' +
  'aria-disabled:cursor-not-allowed disabled:cursor-not-allowed';

const variants: Record<ButtonVariant, string> = {
  primary:
    'bg-accent-700 text-white shadow-sm hover:bg-accent-800 active:bg-accent-900 ' +
    'aria-disabled:bg-slate-300 aria-disabled:text-slate-700 disabled:bg-slate-300 disabled:text-slate-700',
  secondary:
    'border border-slate-400 bg-white text-slate-900 shadow-sm hover:bg-slate-50 hover:border-slate-500 active:bg-slate-100 ' +
    'aria-disabled:text-slate-600 aria-disabled:bg-slate-100 disabled:text-slate-600 disabled:bg-slate-100',
  danger:
    'bg-red-700 text-white shadow-sm hover:bg-red-800 active:bg-red-900 ' +
    'aria-disabled:bg-slate-300 aria-disabled:text-slate-700 disabled:bg-slate-300 disabled:text-slate-700',
  quiet: 'text-accent-700 underline-offset-4 hover:underline hover:bg-accent-50 aria-disabled:text-slate-600',
};

const sizes: Record<ButtonSize, string> = {
  md: 'min-h-11 px-4 py-2 text-base',
  sm: 'min-h-9 px-3 py-1.5 text-sm',
};

/** Shared by buttons and by links that look like buttons, so both stay identical. */
export function buttonClasses(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', extra?: string): string {
  return cx(base, variants[variant], sizes[size], extra);
}
