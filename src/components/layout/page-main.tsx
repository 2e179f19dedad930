import type { ReactNode } from 'react';
import { MAIN_CONTENT_ID } from './skip-link';

/** The page's main landmark, the skip link's target, with the shared width and spacing. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main
      id={MAIN_CONTENT_ID}
      tabIndex={-1}
      className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10 print:max-w-none print:p-0"
    >
      {children}
    </main>
  );
}
