import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { StaffAccount } from '@/api/contracts/staff-accounts';
import { useSession } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { formatInstantDate } from '@/lib/format';
import { staffAccountsQueryOptions } from '../../api/staff-account-queries';
import { useDeactivateStaffAccount, useResendStaffWelcome } from '../../api/staff-account-mutations';
import { PreviewReadOnly } from '../preview-read-only';
import { staffAreaWords } from '../work-words';
import { AreasDialog } from './areas-dialog';
import { WelcomeInvitation } from '../welcome-invitation';
import { InviteForm } from './invite-form';

/** MIP's staff accounts for its admins: who works in which areas, inviting, changing, deactivating. */
export function StaffAccountsPage() {
  const { data } = useSuspenseQuery(staffAccountsQueryOptions());
  const session = useSession();
  const previewing = session.preview !== null;
  return (
    <>
      <PageHeading>Staff accounts</PageHeading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        Who at MIP uses the Hub, and the areas of work each one sees in the inbox and may answer. The Hub always keeps
        one active admin.
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <section aria-labelledby="colleagues-heading" className="lg:col-span-2">
          <h2 id="colleagues-heading" className="text-xl font-bold text-slate-900">
            Colleagues
          </h2>
          <ul className="mt-4 space-y-3">
            {data.items.map((account) => (
              <AccountItem
                key={account.id}
                account={account}
                self={account.id === session.person.id}
                readOnly={previewing}
              />
            ))}
          </ul>
        </section>
        <Card>{previewing ? <PreviewReadOnly toDo="change staff accounts" /> : <InviteForm />}</Card>
      </div>
    </>
  );
}

function AccountItem({ account, self, readOnly }: { account: StaffAccount; self: boolean; readOnly: boolean }) {
  const [open, setOpen] = useState<'areas' | 'deactivate' | null>(null);
  const deactivate = useDeactivateStaffAccount(account);
  const resend = useResendStaffWelcome(account);
  const active = account.status === 'active';
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="font-semibold text-slate-900">
            {account.name}
            {self && <span className="font-normal text-slate-600"> (you)</span>}
          </p>
          {account.title && <p className="text-slate-700">{account.title}</p>}
          <p className="text-[0.9375rem] break-all text-slate-600">{account.email}</p>
        </div>
        {active && account.invitation ? (
          <StatusTag tone="warning">Invited</StatusTag>
        ) : active ? (
          <StatusTag tone="success">Active</StatusTag>
        ) : (
          <StatusTag>Deactivated {account.deactivatedAt ? formatInstantDate(account.deactivatedAt) : ''}</StatusTag>
        )}
      </div>
      <p className="mt-2 text-slate-800">
        <span className="sr-only">Areas of work: </span>
        {account.areas.map((area) => staffAreaWords[area]).join(' · ')}
      </p>
      {account.invitation && (
        <WelcomeInvitation
          name={account.name}
          email={account.email}
          invitation={account.invitation}
          onResend={readOnly ? null : () => resend.mutateAsync({})}
        />
      )}
      {active && !readOnly && (
        <div className="mt-3 flex flex-wrap gap-3">
          <Button
            variant="secondary"
            size="sm"
            aria-label={`Change areas for ${account.name}`}
            onClick={() => setOpen('areas')}
          >
            Change areas
          </Button>
          {!self && (
            <Button
              variant="secondary"
              size="sm"
              aria-label={`Deactivate ${account.name}'s account`}
              onClick={() => setOpen('deactivate')}
            >
              Deactivate
            </Button>
          )}
        </div>
      )}
      {open === 'areas' && <AreasDialog account={account} onClose={() => setOpen(null)} />}
      <ConfirmDialog
        open={open === 'deactivate'}
        onClose={() => setOpen(null)}
        title={`Deactivate ${account.name}'s account?`}
        description={`${account.name} is signed out and can no longer sign in. What they did stays theirs; memo requests given to them stay with them until a colleague takes them on.`}
        confirmLabel="Deactivate account"
        pendingLabel="Deactivating…"
        keepLabel="Keep the account"
        failureTitle="The account was not deactivated"
        onConfirm={() => deactivate.mutateAsync({})}
      />
    </li>
  );
}
