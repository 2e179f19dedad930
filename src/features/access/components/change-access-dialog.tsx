import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import type { Delegation } from '@/api/contracts/delegations';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import {
  accessValuesOf,
  delegateAccessFormSchema,
  toDelegationUpdateBody,
  type DelegateAccessFormValues,
} from '../api/delegate-form';
import { useUpdateDelegation } from '../api/delegation-mutations';
import { DelegateAccessFields, endsOnFieldId, scopeFieldId } from './delegate-access-fields';
import { possessive } from '@/lib/possessive';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const FIELDS = ['scopes', 'endsOn'] as const;

interface ChangeAccessDialogProps {
  delegation: Delegation;
  open: boolean;
  onClose: () => void;
}

/** Changes what a delegate may do and until when; the dialog stays open with the reason if it fails. */
export function ChangeAccessDialog({ delegation, open, onClose }: ChangeAccessDialogProps) {
  const idPrefix = `change-${delegation.id}`;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={`Change ${possessive(delegation.delegate.name)} access`}
      description="The change holds from their next click."
    >
      {/* Mounted only while open: each opening starts from the access as it is now. */}
      {open && <ChangeAccessForm delegation={delegation} idPrefix={idPrefix} onDone={onClose} />}
    </Dialog>
  );
}

function ChangeAccessForm({
  delegation,
  idPrefix,
  onDone,
}: {
  delegation: Delegation;
  idPrefix: string;
  onDone: () => void;
}) {
  const form = useForm<DelegateAccessFormValues>({
    resolver: zodResolver(delegateAccessFormSchema),
    shouldFocusError: false,
    defaultValues: accessValuesOf(delegation),
  });
  const update = useUpdateDelegation(delegation.id);
  const fieldId = (field: string) => (field === 'scopes' ? scopeFieldId(idPrefix) : endsOnFieldId(idPrefix));

  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    send: async (values) => {
      await update.mutateAsync(toDelegationUpdateBody(values));
      showToast('success', `${possessive(delegation.delegate.name)} access was changed.`);
      onDone();
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary errors={summary(fieldId)} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="The access was not changed"
        words={describeError}
      />
      <DelegateAccessFields
        idPrefix={idPrefix}
        scopes={form.register('scopes')}
        endsOn={form.register('endsOn')}
        errors={{
          scopes: form.formState.errors.scopes?.message,
          endsOn: form.formState.errors.endsOn?.message,
        }}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={update.isPending} pendingLabel="Saving…">
          {requestError === null ? 'Save access' : 'Try again'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Keep as it is
        </Button>
      </div>
    </form>
  );
}
