import type { ApplicationStatus } from '@/api/contracts/joining';
import type { Tone } from '@/components/ui/tone';

export const applicationStatusWords: Record<ApplicationStatus, { text: string; tone: Tone }> = {
  received: { text: 'Received', tone: 'info' },
  information_requested: { text: 'MIP has a question', tone: 'warning' },
  answered: { text: 'Answer sent', tone: 'info' },
  approved: { text: 'Approved', tone: 'success' },
  declined: { text: 'Not approved', tone: 'neutral' },
};
