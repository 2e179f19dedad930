import { useId, useState, type ReactNode } from 'react';
import { ChevronDown, SlidersHorizontal } from 'lucide-react';
import { cx } from './class-names';

/**
 * A list's filters. On a phone they filled the first screen before any result: there they wait
 * behind one button, which says how many are on. From `sm` up they sit in the form's own layout
 * (`sm:contents`), as if this wrapper were not there.
 */
export function PhoneFilters({ on, children }: { on: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="inline-flex min-h-11 items-center gap-2 justify-self-start rounded-md border border-slate-300 bg-white px-3 font-semibold text-slate-900 hover:bg-slate-50 sm:hidden"
      >
        <SlidersHorizontal aria-hidden="true" className="size-5 text-slate-600" />
        Filters and sort
        {on > 0 && <span className="font-normal text-slate-600">({on} on)</span>}
        <ChevronDown aria-hidden="true" className={cx('size-5 text-slate-600', open && 'rotate-180')} />
      </button>
      <div id={id} className={cx(open ? 'grid w-full' : 'hidden', 'gap-4 sm:contents')}>
        {children}
      </div>
    </>
  );
}
