import { LogOut, UserRound } from 'lucide-react';
import { useSession } from '@/api/queries/session-queries';
import { buttonClasses } from '@/components/ui/button-styles';
import { useSignOut } from '../api/sign-out';
import { roleLabels } from './role-label';

/**
 * Who is signed in, and the way out. Deliberately not a drop-down menu: with one action there is
 * nothing to hide, and a menu library would add ~20 KiB to every page's first load. Switching
 * mayor lives in the "Acting for" bar.
 */
export function UserMenu() {
  const { person } = useSession();
  const signOut = useSignOut();

  return (
    <div className="flex items-center gap-3">
      {/* On a phone the name stays (who is signed in matters on a shared device); the title and
          the sign-out button's word give way to it. */}
      <p className="flex min-w-0 items-center gap-2 text-slate-900">
        <UserRound aria-hidden="true" className="hidden size-5 shrink-0 text-slate-600 sm:block" />
        <span className="sr-only">Signed in as </span>
        <span className="flex min-w-0 flex-col leading-tight">
          <span className="max-w-[9rem] truncate font-medium sm:max-w-[16rem]">{person.name}</span>
          <span className="sr-only sm:not-sr-only sm:max-w-[16rem] sm:truncate sm:text-sm sm:text-slate-600">
            {person.title ?? roleLabels[person.role]}
          </span>
        </span>
      </p>
      <button
        type="button"
        className={buttonClasses('secondary', 'sm')}
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        <LogOut aria-hidden="true" className="size-4" />
        <span className="sr-only sm:not-sr-only">Sign out</span>
      </button>
    </div>
  );
}
