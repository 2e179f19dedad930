import type { MemoStatus } from '@/api/contracts/memos';
import type { Tone } from '@/components/ui/tone';

export const memoStatusWords: Record<MemoStatus, { text: string; tone: Tone }> = {
  submitted: { text: 'Submitted', tone: 'info' },
  scoping: { text: 'Scoping', tone: 'info' },
  in_progress: { text: 'In progress', tone: 'info' },
  delivered: { text: 'Delivered', tone: 'success' },
  declined: { text: 'Declined by MIP', tone: 'neutral' },
  withdrawn: { text: 'Withdrawn', tone: 'neutral' },
};

/** What each step means, for the timeline. */
export const memoStatusMeaning: Record<MemoStatus, string> = {
  submitted: 'Request sent to MIP',
  scoping: 'MIP is scoping the question',
  in_progress: 'MIP is writing the memo',
  delivered: 'Memo delivered',
  declined: 'Declined by MIP; the memo went back to the allowance',
  withdrawn: 'Withdrawn; the memo went back to the allowance',
};
