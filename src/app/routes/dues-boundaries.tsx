import { useRouteError } from 'react-router';
import { isApiError } from '@/api/api-error';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { RouteErrorContent } from '../shell/route-error-content';
import { NotFoundOr } from './not-found-boundaries';
import { useMemberId } from './use-member-id';

/**
 * A delegate whose mayor did not give them the dues scope (the API answers 403 `delegate_scope`):
 * dues are confidential, so the page says so plainly, names the mayor, and says how to get access,
 * inside the hub's frame (its navigation stays).
 */
function DuesNoAccess() {
  const memberId = useMemberId();
  const session = useSession();
  const grant = session.grants.find((g) => g.memberId === memberId);
  const mayor = grant ? `Mayor ${grant.mayor.name}` : 'this mayor';
  return (
    <div className="max-w-2xl">
      <PageHeading>Dues</PageHeading>
      <Alert tone="info" className="mt-6" title={`You don't have access to dues for ${mayor}`}>
        <p>
          Dues, invoices and requests for financial assistance are confidential: only the mayor, the staff they give
          access to dues, and MIP can see them. If you need to handle dues, ask {mayor} to add dues to your access.
        </p>
      </Alert>
      <p className="mt-6">
        <TextLink to={paths.member.dashboard.href(memberId)}>Go to the dashboard</TextLink>
      </p>
    </div>
  );
}

function isDuesRefused(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.code === 'delegate_scope';
}

/** The dues pages: no access for a delegate without the dues scope; other failures as usual. */
export function DuesErrorBoundary() {
  const error = useRouteError();
  if (isDuesRefused(error)) return <DuesNoAccess />;
  return <RouteErrorContent error={error} />;
}

/** An invoice that does not exist or belongs to another city; no access for a delegate without the dues scope. */
export function InvoiceErrorBoundary() {
  const memberId = useMemberId();
  const error = useRouteError();
  if (isDuesRefused(error)) return <DuesNoAccess />;
  return (
    <NotFoundOr
      title="Invoice not found"
      explanation="There is no such invoice for your city. The link may be mistyped, or the invoice may belong to another city."
      backTo={paths.member.dues.href(memberId)}
      backLabel="See your dues and invoices"
    />
  );
}
