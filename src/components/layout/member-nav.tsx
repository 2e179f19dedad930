import { NavLink } from 'react-router';
import { cx } from '@/components/ui/class-names';

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (the dashboard), not as a prefix. */
  end?: boolean;
}

/** The sections of a member's hub; wraps onto more lines on narrow screens instead of hiding. */
export function MemberNav({ items }: { items: NavItem[] }) {
  return (
    <nav aria-label="Member hub">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
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
