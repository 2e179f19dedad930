import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ArrowLeftRight, ChevronDown, LogOut, UserRound } from 'lucide-react';
import { useNavigate } from 'react-router';
import { useSession } from '@/api/queries/session-queries';
import { paths } from '@/config/paths';
import { useSignOut } from '../api/sign-out';
import { roleLabels } from './role-label';

const itemClasses =
  'flex min-h-11 cursor-pointer items-center gap-2 rounded px-3 py-2 text-slate-900 outline-none select-none ' +
  'data-highlighted:bg-accent-50 data-highlighted:text-accent-900';

/** Who is signed in, and the ways out: switching mayor (for delegates) and signing out. */
export function UserMenu() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { person } = session;
  const canSwitch = person.role === 'city_staff' && session.grants.length > 1;

  return (
    // Not modal: a small menu needn't lock the page's scrolling or hide it from screen readers.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="flex min-h-11 min-w-11 max-w-[14rem] items-center justify-center gap-2 rounded-md px-2 py-1.5 text-left text-slate-900 hover:bg-slate-100 data-[state=open]:bg-slate-100">
        <UserRound aria-hidden="true" className="size-5 shrink-0 text-slate-600" />
        <span className="sr-only truncate font-medium sm:not-sr-only">{person.name}</span>
        <span className="sr-only">: account menu</span>
        <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-30 min-w-64 rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg"
        >
          <DropdownMenu.Label className="px-3 py-2">
            <span className="block font-semibold text-slate-900">{person.name}</span>
            <span className="block text-sm text-slate-600">{person.title ?? roleLabels[person.role]}</span>
            <span className="block text-sm break-all text-slate-600">{person.email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          {canSwitch && (
            <DropdownMenu.Item className={itemClasses} onSelect={() => void navigate(paths.actAs.href())}>
              <ArrowLeftRight aria-hidden="true" className="size-4" />
              Switch mayor
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Item className={itemClasses} disabled={signOut.isPending} onSelect={() => signOut.mutate()}>
            <LogOut aria-hidden="true" className="size-4" />
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
