import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { staffInviteSchema, type StaffInvite } from '@/api/contracts/staff-accounts';
import { useSession } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, draftKey, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { useInviteStaffAccount } from '../../api/staff-account-mutations';
import { AreaChoices } from './area-choices';

const INVITE_FIELDS = ['name', 'email', 'title', 'areas'] as const;
const BLANK_INVITE: StaffInvite = { name: '', email: '', title: '', areas: [] };

/** An admin invites a colleague with the areas they will answer; the contract's schema checks it. */
export function InviteForm() {
  const invite = useInviteStaffAccount();
  const key = draftKey('staff-invite', useSession().person.id, 'new');
  const form = useForm<StaffInvite>({
    resolver: zodResolver(staffInviteSchema),
    defaultValues: { ...BLANK_INVITE, ...readDraft<Partial<StaffInvite>>(key) },
  });
  useDraftAutosave(form, key);
  const errors = form.formState.errors;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: INVITE_FIELDS,
    focus: 'field',
    send: async (values) => {
      const made = await invite.mutateAsync(values);
      invite.resetKey();
      clearDraft(key);
      form.reset(BLANK_INVITE);
      showToast(
        'success',
        `${made.name} now has a staff account: a welcome e-mail with a sign-in link is on its way to ${made.email}`,
      );
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="invite-heading" className="space-y-5">
      <h2 id="invite-heading" className="text-xl font-bold text-slate-900">
        Invite a colleague
      </h2>
      <RequestErrorAlert error={requestError} focusRef={requestErrorRef} title="Not invited" words={describeError} />
      <Field id="invite-name" label="Name" error={errors.name?.message}>
        {(control) => <Input {...control} {...form.register('name')} autoComplete="off" />}
      </Field>
      <Field
        id="invite-email"
        label="E-mail address"
        hint="A welcome e-mail goes there, with a link to choose a password that works for 14 days."
        error={errors.email?.message}
      >
        {(control) => <Input {...control} type="email" {...form.register('email')} autoComplete="off" />}
      </Field>
      <Field id="invite-title" label="Job title (optional)" error={errors.title?.message}>
        {(control) => <Input {...control} {...form.register('title')} autoComplete="off" />}
      </Field>
      <AreaChoices id="invite-areas" error={errors.areas?.message} register={form.register('areas')} />
      <Button type="submit" pending={invite.isPending} pendingLabel="Inviting…">
        Invite colleague
      </Button>
    </form>
  );
}
