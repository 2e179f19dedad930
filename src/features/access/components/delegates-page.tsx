import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { delegationsQueryOptions } from '../api/access-queries';
import { AccessTabs } from './access-tabs';
import { DelegateItem } from './delegate-item';
import { InviteDelegateForm } from './invite-delegate-form';

/**
 * The mayor's delegates: who may act for them now, the way to add one, and whose access ended.
 * Only the mayor manages this; delegates never see it (product.md, "Delegation and preview").
 */
export function DelegatesPage({ memberId, draftKey }: { memberId: string; draftKey: string }) {
  const { items } = useSuspenseQuery(delegationsQueryOptions(memberId)).data;
  // A fresh form after each delegate added, ready for the next one.
  const [formKey, setFormKey] = useState(0);
  const current = items.filter((d) => d.status === 'active');
  const ended = items.filter((d) => d.status !== 'active');

  return (
    <div className="max-w-3xl">
      <PageHeading documentTitle="Delegates">Delegates</PageHeading>
      <p className="mt-2 text-lg text-slate-700">
        Staff you trust can register for meetings, request memos or handle dues for you. Every record they create shows
        their name and yours, and what they do appears in your access history.
      </p>
      <AccessTabs memberId={memberId} current="delegates" />

      <section aria-labelledby="current-heading" className="mt-8">
        <h2 id="current-heading" className="text-2xl font-semibold text-slate-900">
          Who can act for you
        </h2>
        {current.length === 0 ? (
          <p className="mt-3 text-slate-700">Nobody acts for you at the moment. Add a delegate below.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {current.map((delegation) => (
              <DelegateItem key={delegation.id} memberId={memberId} delegation={delegation} />
            ))}
          </ul>
        )}
        <p className="mt-4 text-[0.9375rem] text-slate-600">
          Delegates can never add or remove delegates, change your sign-in details, or join the Women Mayors' Network
          for you.
        </p>
      </section>

      <section aria-labelledby="invite-heading" className="mt-10">
        <Card>
          <h2 id="invite-heading" className="text-2xl font-semibold text-slate-900">
            Add a delegate
          </h2>
          <div className="mt-5">
            <InviteDelegateForm
              key={formKey}
              memberId={memberId}
              draftKey={draftKey}
              onInvited={() => setFormKey((key) => key + 1)}
            />
          </div>
        </Card>
      </section>

      {ended.length > 0 && (
        <section aria-labelledby="ended-heading" className="mt-10">
          <h2 id="ended-heading" className="text-2xl font-semibold text-slate-900">
            Access that ended
          </h2>
          <ul className="mt-4 space-y-4">
            {ended.map((delegation) => (
              <DelegateItem key={delegation.id} memberId={memberId} delegation={delegation} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
