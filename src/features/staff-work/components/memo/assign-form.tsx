import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { memoAssignBodySchema, type MemoAssignBody, type StaffMemoRequest } from '@/api/contracts/staff-memos';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { useAssignMemo } from '../../api/staff-memo-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

/** Who at MIP works on the request: anyone in policy. */
export function AssignForm({ request }: { request: StaffMemoRequest }) {
  const assign = useAssignMemo(request);
  const form = useForm<MemoAssignBody>({
    resolver: zodResolver(memoAssignBodySchema),
    defaultValues: { assigneeId: request.assignee?.id ?? '' },
  });
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['assigneeId'],
    focus: 'field',
    send: async (body) => {
      const updated = await assign.mutateAsync(body);
      showToast('success', `Assigned to ${updated.assignee?.name ?? 'nobody'}`);
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="assign-heading" className="space-y-4">
      <h3 id="assign-heading" className="text-lg font-bold text-slate-900">
        Who works on it
      </h3>
      <RequestErrorAlert error={requestError} focusRef={requestErrorRef} title="Not assigned" words={describeError} />
      <Field id="memo-assignee" label="Assigned to" error={form.formState.errors.assigneeId?.message}>
        {(control) => (
          <Select {...control} {...form.register('assigneeId')} className="sm:w-72">
            <option value="">Nobody yet</option>
            {request.assignable.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.title ? `, ${person.title}` : ''}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" pending={assign.isPending} pendingLabel="Assigning…">
        Assign
      </Button>
    </form>
  );
}
