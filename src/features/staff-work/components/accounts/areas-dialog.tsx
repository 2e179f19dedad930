import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { staffAreasChangeSchema, type StaffAccount, type StaffAreasChange } from '@/api/contracts/staff-accounts';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { useChangeStaffAreas } from '../../api/staff-account-mutations';
import { AreaChoices } from './area-choices';

/** A colleague's areas, changed in a dialog: the last admin keeping the Hub is the API's rule, said here. */
export function AreasDialog({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const change = useChangeStaffAreas(account);
  const form = useForm<StaffAreasChange>({
    resolver: zodResolver(staffAreasChangeSchema),
    defaultValues: { areas: account.areas },
  });
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['areas'],
    focus: 'field',
    send: async (values) => {
      await change.mutateAsync(values);
      showToast('success', `${account.name}'s areas are changed`);
      onClose();
    },
  });
  const id = `areas-${account.id}`;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={`${account.name}'s areas of work`}>
      <form noValidate onSubmit={onSubmit} aria-label={`${account.name}'s areas of work`} className="space-y-5">
        <RequestErrorAlert
          error={requestError}
          focusRef={requestErrorRef}
          title="Areas not changed"
          words={describeError}
        />
        <AreaChoices id={id} error={form.formState.errors.areas?.message} register={form.register('areas')} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" pending={change.isPending} pendingLabel="Saving…">
            Save areas
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Keep them as they are
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
