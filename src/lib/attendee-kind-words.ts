import type { Registration } from '../api/contracts/meetings';

/** What a registered person attends as, in words: the member's pages, staff pages and the attendee CSV. */
export const attendeeKindLabel: Record<Registration['attendee']['kind'], string> = {
  mayor: 'Mayor',
  staff: 'City staff',
  council: 'Council member',
};
