import type { Registration } from '@/api/contracts/meetings';

type TravelSupportStatus = NonNullable<Registration['travelSupport']>['status'];

const words: Record<TravelSupportStatus, string> = {
  requested: "Travel support requested: waiting for MIP's decision",
  approved: 'Travel support approved',
  declined: 'Travel support declined',
};

export function travelSupportText(status: TravelSupportStatus): string {
  return words[status];
}
