import type { ApplicationStatus } from '@/api/contracts/joining';
import type { Tone } from '@/components/ui/tone';

export const applicationStatusWords: Record<ApplicationStatus, { text: string; tone: Tone }> = {
  received: { text: 'Received', tone: 'info' },
  approved: { text: 'Approved', tone: 'success' },
  declined: { text: 'Not approved', tone: 'neutral' },
};
