import { apiRequest } from '@/api/client';
import type { InvoiceIssueBody, PacketSentBody, PaymentRecordBody, StaffInvoice } from '@/api/contracts/staff-invoices';
import { useStaffChange, type ChangeTarget } from './staff-change';
import { staffInvoiceQueryKey } from './staff-invoice-queries';

type Send<B> = (body: B, target: ChangeTarget & { params: { invoiceId: string } }) => Promise<StaffInvoice>;

/** A change to an invoice; the invoice lists and the member's dues are read again after it. */
function useStaffInvoiceChange<B>(record: StaffInvoice, send: Send<B>) {
  return useStaffChange<B, StaffInvoice>({
    record,
    queryKey: staffInvoiceQueryKey(record.invoice.id),
    invalidates: [['staff-work', 'invoices'], ['dues'], ['overview']],
    send: (body, target) => send(body, { ...target, params: { invoiceId: record.invoice.id } }),
  });
}

export const useIssueInvoice = (record: StaffInvoice) =>
  useStaffInvoiceChange<InvoiceIssueBody>(record, (body, { client, ...target }) =>
    apiRequest('issueInvoice', { body, ...target, client }),
  );

export const useRecordPayment = (record: StaffInvoice) =>
  useStaffInvoiceChange<PaymentRecordBody>(record, (body, { client, ...target }) =>
    apiRequest('recordInvoicePayment', { body, ...target, client }),
  );

export const useMarkPacketSent = (record: StaffInvoice) =>
  useStaffInvoiceChange<PacketSentBody>(record, (body, { client, ...target }) =>
    apiRequest('markPacketSent', { body, ...target, client }),
  );
