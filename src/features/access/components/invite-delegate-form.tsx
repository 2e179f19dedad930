import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { describeError } from '@/api/api-error';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import {
  BLANK_INVITE,
  inviteDelegateFormSchema,
  toDelegationCreateBody,
  type InviteDelegateFormValues,
} from '../api/delegate-form';
import { useCreateDelegation } from '../api/delegation-mutations';
import { DelegateAccessFields, endsOnFieldId, scopeFieldId } from './delegate-access-fields';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const FIELDS = ['name', 'email', 'scopes', 'endsOn'] as const;
const ID_PREFIX = 'invite';
const fieldId = (field: string) =>
  field === 'scopes' ? scopeFieldId(ID_PREFIX) : field === 'endsOn' ? endsOnFieldId(ID_PREFIX) : `invite-${field}`;

function restoreDraft(draft: Partial<InviteDelegateFormValues> | null): InviteDelegateFormValues {
  const text = (value: unknown, blank: string) => (typeof value === 'string' ? value : blank);
  return {
    name: text(draft?.name, BLANK_INVITE.name),
    email: text(draft?.email, BLANK_INVITE.email),
    scopes: Array.isArray(draft?.scopes) ? draft.scopes.filter((s) => ['meetings', 'memos', 'dues'].includes(s)) : [],
    endsOn: text(draft?.endsOn, BLANK_INVITE.endsOn),
  };
}

interface InviteDelegateFormProps {
  memberId: string;
  draftKey: string;
  /** Called once the delegate was added (the page starts a fresh form for the next one). */
  onInvited: () => void;
}

/** Lets a member of the mayor's staff act for them: who (name, e-mail), in what, until when. */
export function InviteDelegateForm({ memberId, draftKey, onInvited }: InviteDelegateFormProps) {
  const form = useForm<InviteDelegateFormValues>({
    resolver: zodResolver(inviteDelegateFormSchema),
    shouldFocusError: false,
    defaultValues: restoreDraft(readDraft<InviteDelegateFormValues>(draftKey)),
  });
  const create = useCreateDelegation(memberId);
  const errors = form.formState.errors;
  useDraftAutosave(form, draftKey);

  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    send: async (values) => {
      const delegation = await create.mutateAsync(toDelegationCreateBody(values));
      clearDraft(draftKey);
      showToast(
        'success',
        `${delegation.delegate.name} can now act for you. Let them know they can sign in with ${delegation.delegate.email}.`,
      );
      onInvited();
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6" aria-labelledby="invite-heading">
      <ErrorSummary errors={summary(fieldId)} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="The delegate was not added"
        words={(error) => <>{describeError(error)} Everything you typed is still here.</>}
      />
      <Field id={fieldId('name')} label="Their name" error={errors.name?.message}>
        {(control) => <Input {...control} autoComplete="off" className="max-w-md" {...form.register('name')} />}
      </Field>
      <Field
        id={fieldId('email')}
        label="Their work e-mail address"
        hint="They sign in with this address. A new address gets an account."
        error={errors.email?.message}
      >
        {(control) => (
          <Input
            {...control}
            type="email"
            autoComplete="off"
            spellCheck={false}
            className="max-w-md"
            {...form.register('email')}
          />
        )}
      </Field>
      <DelegateAccessFields
        idPrefix={ID_PREFIX}
        scopes={form.register('scopes')}
        endsOn={form.register('endsOn')}
        errors={{
          scopes: form.formState.errors.scopes?.message,
          endsOn: form.formState.errors.endsOn?.message,
        }}
      />
      <div className="border-t border-slate-200 pt-6">
        <ChangeButton type="submit" change={{ memberId }} pending={create.isPending} pendingLabel="Adding…">
          Add delegate
        </ChangeButton>
      </div>
    </form>
  );
}
