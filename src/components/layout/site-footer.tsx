import type { ReactNode } from 'react';

/** The bottom of every page; `demo` holds the mock-mode notice and its reset control. */
export function SiteFooter({ demo }: { demo?: ReactNode }) {
  return (
    <footer className="mt-auto border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 text-[0.9375rem] text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>Mayors Innovation Project</p>
        {demo}
      </div>
    </footer>
  );
}
