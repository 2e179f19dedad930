import type { Role } from '@/api/contracts/session';

/** A role in words, for the user menu. */
export const roleLabels: Record<Role, string> = {
  mayor: 'Mayor',
  city_staff: 'City staff',
  mip_staff: 'MIP staff',
  prospective: 'Prospective member',
};
