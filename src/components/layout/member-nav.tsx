import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ChevronDown, Menu } from 'lucide-react';
import { cx } from '@/components/ui/class-names';

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (the dashboard), not as a prefix. */
  end?: boolean;
  /** Other paths (prefixes) that belong to this section: the inbox's requests, opened from it. */
  also?: readonly string[];
}

function isCurrent(item: NavItem, pathname: string): boolean {
  if (pathname === item.to || (!item.end && pathname.startsWith(`${item.to}/`))) return true;
  return item.also?.some((prefix) => pathname.startsWith(prefix)) ?? false;
}

/**
 * The sections of a member's hub (or of MIP's workbench). On a wide screen they are a row of tabs (wrapping if need be).
 * On a phone a row can't show them all, and a row that scrolls sideways hid most of them with no
 * sign there was more: there, one "Menu" button, which names the current section, opens the list
 * of every section, so each is one tap from a visible control.
 */
export function MemberNav({ items, label = 'Member hub' }: { items: NavItem[]; label?: string }) {
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  // Choosing a section (or going anywhere else) closes the list.
  if (open && openedAt !== pathname) setOpen(false);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const current = items.find((item) => isCurrent(item, pathname));

  // Escape closes the open list, and focus goes back to the button that opened it.
  useEffect(() => {
    if (!open) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <nav aria-label={label} className="w-full min-w-0 sm:w-auto">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
        className="mb-2 inline-flex min-h-11 w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-3 font-semibold text-slate-900 hover:bg-slate-50 sm:hidden"
      >
        <Menu aria-hidden="true" className="size-5 text-slate-600" />
        Menu
        {current && (
          <span className="min-w-0 truncate font-normal text-slate-600">
            <span aria-hidden="true">· </span>
            <span className="sr-only">, now on </span>
            {current.label}
          </span>
        )}
        <ChevronDown aria-hidden="true" className={cx('ml-auto size-5 text-slate-600', open && 'rotate-180')} />
      </button>
      <ul
        id={listId}
        className={cx(open ? 'flex' : 'hidden', 'flex-col pb-2 sm:flex sm:flex-row sm:flex-wrap sm:gap-x-1 sm:pb-0')}
      >
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              aria-current={item === current ? 'page' : undefined}
              className={cx(
                'flex min-h-11 items-center border-l-4 px-3 font-semibold sm:inline-flex sm:border-b-4 sm:border-l-0',
                item === current
                  ? 'border-accent-700 text-accent-900'
                  : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
