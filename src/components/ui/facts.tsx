import type { ReactNode } from 'react';

/**
 * A description list of facts ("Population on file: 212,000"): term and value side by side, or
 * stacked when the space is too narrow for both (320 px, 200% zoom).
 */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 text-[0.9375rem] min-[25rem]:grid-cols-[auto_1fr] min-[25rem]:gap-y-2">
      {children}
    </dl>
  );
}

export function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-600">{term}</dt>
      <dd className="mb-2 font-medium text-slate-900 min-[25rem]:mb-0">{children}</dd>
    </>
  );
}
