import type { Registration } from '@/api/contracts/meetings';

export const attendeeKindLabel: Record<Registration['attendee']['kind'], string> = {
  mayor: 'Mayor',
  staff: 'City staff',
  council: 'Council member',
};
