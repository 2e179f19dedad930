import type { ReactNode } from 'react';
import { CircleCheck, CircleExclamationPoint, Info, TriangleExclamationPoint } from 'lucide-react';
import { cx } from './class-names';
import { toneClasses, type Tone } from './tone';

type AlertTone = Exclude<Tone, 'neutral'>;

const icons = { info: Info, success: CircleCheck, warning: TriangleExclamationPoint, danger: CircleExclamationPoint };

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** `alert` interrupts a screen reader (failures); `status` waits its turn (results). */
  role?: 'alert' | 'status';
  className?: string;
}

export function Alert({ tone = 'info', title, children, role, className }: AlertProps) {
  const Icon = icons[tone];
  return (
    <div role={role} className={cx('flex gap-3 rounded-md border p-4', toneClasses[tone], className)}>
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="text-[0.9375rem] leading-relaxed">{children}</div>}
      </div>
    </div>
  );
}
