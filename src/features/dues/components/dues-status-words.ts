import type { AssistanceStatus, Instalment } from '@/api/contracts/dues';
import type { Tone } from '@/components/ui/tone';
import { formatDate } from '@/lib/format';

/** One payment's status, with its date: "Paid Jul 27, 2026", "Due Dec 10, 2026", "Overdue since …". */
export function instalmentStatusWords(instalment: Pick<Instalment, 'status' | 'dueOn' | 'paidOn'>): {
  text: string;
  tone: Tone;
} {
  switch (instalment.status) {
    case 'paid':
      return { text: instalment.paidOn ? `Paid ${formatDate(instalment.paidOn)}` : 'Paid', tone: 'success' };
    case 'overdue':
      return { text: 'Overdue', tone: 'danger' };
    case 'due':
      return { text: 'Due', tone: 'neutral' };
  }
}

export const assistanceStatusWords: Record<AssistanceStatus, { text: string; tone: Tone }> = {
  submitted: { text: 'Submitted', tone: 'info' },
  under_review: { text: 'Under review', tone: 'warning' },
  approved: { text: 'Approved', tone: 'success' },
  declined: { text: 'Declined', tone: 'neutral' },
};
