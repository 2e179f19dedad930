import { ArrowRight } from 'lucide-react';
import { Link } from 'react-router';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { scopePhrase } from '@/lib/scope-words';

/** A delegate's mayors, one card each; choosing one opens that mayor's hub. */
export function GrantPicker() {
  const { grants } = useSession();
  if (grants.length === 0) {
    return (
      <Alert tone="info" title="No mayor has given you access yet">
        When a mayor adds you as a delegate, their city appears here.
      </Alert>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {grants.map((grant) => (
        <li key={grant.delegationId}>
          <Link
            to={paths.member.dashboard.href(grant.memberId)}
            className="group flex h-full flex-col gap-1 rounded-lg border border-slate-300 bg-white p-5 shadow-sm hover:border-accent-600 hover:bg-accent-50"
          >
            <span className="flex items-center justify-between gap-3 text-lg font-bold text-accent-800 group-hover:underline">
              Mayor {grant.mayor.name}
              <ArrowRight aria-hidden="true" className="size-5 shrink-0" />
            </span>
            <span className="text-slate-900">
              {grant.city}, {grant.state}
            </span>
            <span className="text-[0.9375rem] text-slate-600">
              You can act on: {scopePhrase(grant.scopes)} ·{' '}
              {grant.endsOn ? `until ${formatDate(grant.endsOn)}` : 'no end date'}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
