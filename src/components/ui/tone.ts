/** The status colours. Each text/background pair meets WCAG AA (≥ 4.5:1). */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const toneClasses: Record<Tone, string> = {
  neutral: 'border-slate-300 bg-slate-100 text-slate-800',
  info: 'border-accent-200 bg-accent-50 text-accent-900',
  success: 'border-green-300 bg-green-50 text-green-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  danger: 'border-red-300 bg-red-50 text-red-900',
};
