import { apiRequest } from '@/api/client';
import type { PopulationInput, StaffCity } from '@/api/contracts/staff-cities';
import { useStaffChange } from './staff-change';
import { staffCityQueryKey } from './staff-city-queries';

/** The staff list of cities and the city's own hub show its population: both are read again. */
const CITY_VIEWS = [['staff-members'], ['overview'], ['dues']];

export const useRecordPopulation = (city: StaffCity) =>
  useStaffChange<PopulationInput, StaffCity>({
    record: city,
    queryKey: staffCityQueryKey(city.id),
    invalidates: CITY_VIEWS,
    send: (body, { client, ...target }) =>
      apiRequest('recordCityPopulation', { params: { memberId: city.id }, body, ...target, client }),
  });
