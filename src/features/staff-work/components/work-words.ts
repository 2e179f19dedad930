import type { StaffArea, WorkKind, WorkStage } from '@/api/contracts/staff-work';
import type { Tone } from '@/components/ui/tone';

export const workKindWords: Record<WorkKind, { one: string; many: string }> = {
  memo_request: { one: 'Memo request', many: 'Memo requests' },
  travel_support: { one: 'Travel support', many: 'Travel support' },
  assistance_request: { one: 'Financial assistance', many: 'Financial assistance' },
  application: { one: 'Membership application', many: 'Applications' },
  invoice_request: { one: 'Invoice request', many: 'Invoice requests' },
};

export const workStageWords: Record<WorkStage, { text: string; tone: Tone }> = {
  new: { text: 'New', tone: 'warning' },
  in_progress: { text: 'In progress', tone: 'info' },
};

export const staffAreaWords: Record<StaffArea, string> = {
  programs: 'Programs',
  policy: 'Policy',
  finance: 'Finance',
  admin: 'Admin',
};
