import { ArrowLeftRight, UsersRound } from 'lucide-react';
import { Link } from 'react-router';
import { useSession } from '@/api/queries/session-queries';
import { buttonClasses } from '@/components/ui/button-styles';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { scopePhrase } from '@/lib/scope-words';

/**
 * For a delegate, on every page of a mayor's hub: whom they are acting for, with what rights,
 * and (when they act for several mayors) the way to switch. The choice lives in the URL, so two
 * tabs can act for two mayors.
 */
export function ActingForBar({ memberId }: { memberId: string }) {
  const session = useSession();
  if (session.person.role !== 'city_staff') return null;
  const grant = session.grants.find((g) => g.memberId === memberId);
  if (!grant) return null;

  return (
    <div className="border-b border-accent-200 bg-accent-50 text-accent-900 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
        <p className="flex min-w-0 items-start gap-2">
          <UsersRound aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong className="font-semibold">Acting for Mayor {grant.mayor.name}</strong>
            <span className="text-accent-900">
              {' '}
              · {grant.city}, {grant.state} · {scopePhrase(grant.scopes)}
            </span>
            {grant.endsOn && <span> · until {formatDate(grant.endsOn)}</span>}
          </span>
        </p>
        {session.grants.length > 1 && (
          <Link to={paths.actAs.href()} className={buttonClasses('secondary', 'sm')}>
            <ArrowLeftRight aria-hidden="true" className="size-4" />
            Switch <span className="sr-only">mayor</span>
          </Link>
        )}
      </div>
    </div>
  );
}
