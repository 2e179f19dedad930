import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { cx } from '@/components/ui/class-names';

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (the dashboard), not as a prefix. */
  end?: boolean;
}

/**
 * The sections of a member's hub. On a phone they stay on one line that scrolls sideways (as app
 * tab bars do) rather than stacking three lines of links above every page; nothing is hidden.
 */
export function MemberNav({ items }: { items: NavItem[] }) {
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the current section may be off to the side: scroll the bar (not the page) to it.
  useEffect(() => {
    const list = ref.current?.querySelector('ul');
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (list && current) list.scrollLeft = Math.max(0, current.offsetLeft - 16);
  }, [pathname]);
  return (
    <nav ref={ref} aria-label="Member hub" className="max-w-full min-w-0">
      <ul className="relative flex gap-x-1 overflow-x-auto whitespace-nowrap sm:flex-wrap sm:overflow-visible">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                cx(
                  'inline-flex min-h-11 items-center border-b-4 px-3 font-semibold',
                  isActive
                    ? 'border-accent-700 text-accent-900'
                    : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900',
                )
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
