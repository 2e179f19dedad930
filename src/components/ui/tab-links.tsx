import { Link } from 'react-router';
import { cx } from './class-names';

export interface TabLink {
  id: string;
  label: string;
  to: string;
}

/** Views of one list as links (the choice lives in the URL), the current one marked for everyone. */
export function TabLinks({ label, tabs, current }: { label: string; tabs: readonly TabLink[]; current: string }) {
  return (
    <nav aria-label={label} className="mt-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              to={tab.to}
              aria-current={current === tab.id ? 'page' : undefined}
              className={cx(
                '-mb-px inline-flex min-h-11 items-center border-b-4 px-4 font-semibold',
                current === tab.id
                  ? 'border-accent-700 text-accent-900'
                  : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
