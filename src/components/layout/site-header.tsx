import type { ReactNode } from 'react';
import { Logo } from './logo';

/** The top bar: the product's name on the left, the account on the right. */
export function SiteHeader({ actions }: { actions?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2.5 sm:px-6">
        <Logo />
        {actions}
      </div>
    </header>
  );
}
