import { useState } from 'react';
import type { Delegation } from '@/api/contracts/delegations';
import { ChangeButton } from '@/components/ui/change-button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Fact, Facts } from '@/components/ui/facts';
import { StatusTag } from '@/components/ui/status-tag';
import { showToast } from '@/components/ui/toast';
import { formatDate, formatInstantDate } from '@/lib/format';
import { useRevokeDelegation } from '../api/delegation-mutations';
import { ChangeAccessDialog } from './change-access-dialog';
import { scopeSentence } from '@/lib/scope-words';
import { possessive } from '@/lib/possessive';

/** One person who acts (or acted) for the mayor, with the ways to change or end their access. */
export function DelegateItem({ memberId, delegation }: { memberId: string; delegation: Delegation }) {
  const [dialog, setDialog] = useState<'change' | 'revoke' | null>(null);
  const revoke = useRevokeDelegation(delegation.id);
  const { delegate } = delegation;
  const active = delegation.status === 'active';
  const headingId = `delegate-${delegation.id}`;

  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {delegate.name}
        </h3>
        <DelegationStatusTag delegation={delegation} />
      </div>
      <p className="mb-3 break-all text-slate-700">{delegate.email}</p>
      <Facts>
        <Fact term="May act in">{scopeSentence(delegation.scopes)}</Fact>
        <Fact term="Since">{formatInstantDate(delegation.createdAt)}</Fact>
        {delegation.status === 'revoked' && delegation.revokedAt ? (
          <Fact term="Revoked">{formatInstantDate(delegation.revokedAt)}</Fact>
        ) : (
          <Fact term={active ? 'Ends' : 'Ended'}>
            {delegation.endsOn ? formatDate(delegation.endsOn) : 'When you revoke it'}
          </Fact>
        )}
      </Facts>
      {active && (
        <div className="mt-4 flex flex-wrap gap-3">
          <ChangeButton variant="secondary" size="sm" change={{ memberId }} onClick={() => setDialog('change')}>
            Change access <span className="sr-only">for {delegate.name}</span>
          </ChangeButton>
          <ChangeButton variant="danger" size="sm" change={{ memberId }} onClick={() => setDialog('revoke')}>
            Revoke access <span className="sr-only">for {delegate.name}</span>
          </ChangeButton>
        </div>
      )}
      {delegation.status === 'expired' && (
        <div className="mt-4">
          <ChangeButton variant="secondary" size="sm" change={{ memberId }} onClick={() => setDialog('change')}>
            Extend access <span className="sr-only">for {delegate.name}</span>
          </ChangeButton>
        </div>
      )}
      <ChangeAccessDialog delegation={delegation} open={dialog === 'change'} onClose={() => setDialog(null)} />
      <ConfirmDialog
        open={dialog === 'revoke'}
        onClose={() => setDialog(null)}
        title={`Revoke ${possessive(delegate.name)} access?`}
        description={`${delegate.name} can no longer act for you from their next click, in any open tab. What they did stays in your access history.`}
        confirmLabel="Revoke access"
        pendingLabel="Revoking…"
        keepLabel="Keep their access"
        failureTitle="The access was not revoked"
        onConfirm={async () => {
          await revoke.mutateAsync();
          showToast('success', `${delegate.name} can no longer act for you.`);
        }}
      />
    </li>
  );
}

function DelegationStatusTag({ delegation }: { delegation: Delegation }) {
  if (delegation.status === 'active') return <StatusTag tone="success">Active</StatusTag>;
  if (delegation.status === 'expired') return <StatusTag tone="neutral">Ended</StatusTag>;
  return <StatusTag tone="neutral">Revoked</StatusTag>;
}
