import { apiRequest } from '@/api/client';
import type { NewMayorInput, PopulationInput, StaffCity } from '@/api/contracts/staff-cities';
import { useStaffChange } from './staff-change';
import { staffCityQueryKey } from './staff-city-queries';

/** The staff list of cities and the city's own hub show its population: both are read again. */
const CITY_VIEWS = [['staff-members'], ['overview'], ['dues']];
/** The mayor shows in the list of cities, the city's hub, and the network directory. */
const MAYOR_VIEWS = [['staff-members'], ['overview'], ['network', 'directory']];

export const useRecordPopulation = (city: StaffCity) =>
  useStaffChange<PopulationInput, StaffCity>({
    record: city,
    queryKey: staffCityQueryKey(city.id),
    invalidates: CITY_VIEWS,
    send: (body, { client, ...target }) =>
      apiRequest('recordCityPopulation', { params: { memberId: city.id }, body, ...target, client }),
  });

export const useRecordNewMayor = (city: StaffCity) =>
  useStaffChange<NewMayorInput, StaffCity>({
    record: city,
    queryKey: staffCityQueryKey(city.id),
    invalidates: MAYOR_VIEWS,
    send: (body, { client, ...target }) =>
      apiRequest('recordNewMayor', { params: { memberId: city.id }, body, ...target, client }),
  });
