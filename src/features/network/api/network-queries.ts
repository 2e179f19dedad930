import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

export const DIRECTORY_PAGE_SIZE = 20;

/** The directory's choices as they live in the URL: `?q=chen&state=OH&area=housing&kind=mayor&page=2`. */
export interface DirectorySearch {
  q: string;
  state?: string;
  policyArea?: string;
  kind?: 'mayor' | 'city_staff' | 'mip_expert';
  page: number;
}

const KINDS = ['mayor', 'city_staff', 'mip_expert'] as const;

export function parseDirectorySearch(params: URLSearchParams): DirectorySearch {
  const state = (params.get('state') ?? '').toUpperCase();
  const area = params.get('area');
  const kind = KINDS.find((k) => k === params.get('kind'));
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    ...(/^[A-Z]{2}$/.test(state) && { state }),
    ...(area && { policyArea: area }),
    ...(kind && { kind }),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function directorySearchString(search: DirectorySearch): string {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.state) params.set('state', search.state);
  if (search.policyArea) params.set('area', search.policyArea);
  if (search.kind) params.set('kind', search.kind);
  if (search.page > 1) params.set('page', String(search.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function directoryQueryOptions(search: DirectorySearch) {
  const query = {
    ...(search.q.trim() && { q: search.q.trim() }),
    ...(search.state && { state: search.state }),
    ...(search.policyArea && { policyArea: search.policyArea }),
    ...(search.kind && { kind: search.kind }),
    page: search.page,
    pageSize: DIRECTORY_PAGE_SIZE,
  };
  return queryOptions({
    queryKey: ['network', 'directory', query],
    queryFn: ({ signal, client }) => apiRequest('searchDirectory', { query, signal, client }),
  });
}

/** The person's own entry, exactly as others see it, and whether it is listed. */
export function directoryListingQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ['network', 'listing', personId],
    queryFn: ({ signal, client }) => apiRequest('getDirectoryListing', { params: { personId }, signal, client }),
  });
}

export function emailPreferencesQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ['network', 'email-preferences', personId],
    queryFn: ({ signal, client }) => apiRequest('getEmailPreferences', { params: { personId }, signal, client }),
  });
}

/**
 * Whose settings and directory entry a page shows: the signed-in person's own, or, for MIP staff
 * previewing a city, the mayor's (read-only, as the mayor sees them).
 */
export { viewerPersonId as settingsPersonId } from '@/api/queries/session-queries';
