import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { packetSentBodySchema, type PacketSentBody, type StaffInvoice } from '@/api/contracts/staff-invoices';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { isoDateOf } from '@/lib/membership-year';
import { useNow } from '@/lib/use-now';
import { useMarkPacketSent } from '../../api/staff-invoice-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

/** Marks the year's membership packet posted: the member's dues page says so. */
export function PacketForm({ record }: { record: StaffInvoice }) {
  const markSent = useMarkPacketSent(record);
  const today = isoDateOf(new Date(useNow()));
  const form = useForm<PacketSentBody>({
    resolver: zodResolver(packetSentBodySchema),
    defaultValues: { sentOn: today },
  });
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['sentOn'],
    focus: 'field',
    send: async (body) => {
      await markSent.mutateAsync(body);
      showToast('success', `Packet marked sent; ${record.city} sees it on its dues page`);
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="packet-heading" className="space-y-4">
      <h3 id="packet-heading" className="text-lg font-bold text-slate-900">
        Membership packet
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Packet not marked sent"
        words={describeError}
      />
      <Field id="packet-sentOn" label="Date posted" error={form.formState.errors.sentOn?.message}>
        {(control) => <Input {...control} type="date" max={today} className="max-w-56" {...form.register('sentOn')} />}
      </Field>
      <Button type="submit" variant="secondary" pending={markSent.isPending} pendingLabel="Saving…">
        Mark the packet sent
      </Button>
    </form>
  );
}
