import type { InvoiceStatus } from '@/api/contracts/dues';
import type { Tone } from '@/components/ui/tone';

export const invoiceStatusWords: Record<InvoiceStatus, { text: string; tone: Tone }> = {
  open: { text: 'Open', tone: 'info' },
  paid: { text: 'Paid', tone: 'success' },
  overdue: { text: 'Overdue', tone: 'danger' },
};
