import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { useIdempotencyKey } from '@/api/idempotency-key';
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

/**
 * A new welcome link for the city's mayor: no If-Match (it changes no answer on the record), a
 * key per intent so sending again later is a new e-mail. The record takes the answer (its history).
 */
export function useResendMayorWelcome(city: StaffCity) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: (body: Record<string, never>, { client }) =>
      apiRequest('resendMayorWelcome', {
        params: { memberId: city.id },
        body,
        idempotencyKey: idempotency.keyFor(body),
        client,
      }),
    onSuccess: (updated) => {
      idempotency.reset();
      queryClient.setQueryData(staffCityQueryKey(city.id), updated);
    },
  });
  return mutation;
}
