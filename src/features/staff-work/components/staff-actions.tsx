import type { ReactNode } from 'react';

/** The panel of what staff can do with a record (its forms), under one heading. */
export function StaffActions({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby="actions-heading"
      className="space-y-8 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="actions-heading" className="text-xl font-bold text-slate-900">
        {heading}
      </h2>
      {children}
    </section>
  );
}
