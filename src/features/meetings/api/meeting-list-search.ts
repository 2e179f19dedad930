import type { MeetingKind } from '@/api/contracts/meetings';
import type { MeetingListFilters } from './meetings-queries';

/** The list's choices as they live in the URL: `?when=past&kind=winter&year=2025&page=2`. */
export interface MeetingListSearch {
  when: 'upcoming' | 'past';
  kind?: MeetingKind;
  year?: number;
  page: number;
}

export const MEETINGS_PAGE_SIZE = 10;
const KINDS: readonly MeetingKind[] = ['winter', 'summer', 'invite_only'];

/** Reads the URL leniently: a value that makes no sense is ignored, not an error page. */
export function parseMeetingListSearch(params: URLSearchParams): MeetingListSearch {
  const kind = KINDS.find((k) => k === params.get('kind'));
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  return {
    when: params.get('when') === 'past' ? 'past' : 'upcoming',
    ...(kind && { kind }),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 && { year }),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The search string for a choice, leaving out defaults so shared links stay short. */
export function meetingListSearchString(search: MeetingListSearch): string {
  const params = new URLSearchParams();
  if (search.when === 'past') params.set('when', 'past');
  if (search.kind) params.set('kind', search.kind);
  if (search.year !== undefined) params.set('year', String(search.year));
  if (search.page > 1) params.set('page', String(search.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function meetingListFilters(memberId: string, search: MeetingListSearch): MeetingListFilters {
  return { memberId, ...search, pageSize: MEETINGS_PAGE_SIZE };
}
