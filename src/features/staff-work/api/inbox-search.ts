import type { InboxQuery, InboxSort, StaffArea, WorkKind, WorkStage } from '@/api/contracts/staff-work';

/** The inbox's choices as they live in the URL: `?kind=memo_request&stage=new&mine=1&page=2`. */
export interface InboxSearch {
  kind?: WorkKind;
  stage?: WorkStage;
  area?: StaffArea;
  memberId?: string;
  mine: boolean;
  sort: InboxSort;
  page: number;
}

export const INBOX_PAGE_SIZE = 20;
export const WORK_KINDS: readonly WorkKind[] = [
  'memo_request',
  'travel_support',
  'assistance_request',
  'application',
  'invoice_request',
];
const STAGES: readonly WorkStage[] = ['new', 'in_progress'];
const AREAS: readonly StaffArea[] = ['programs', 'policy', 'finance', 'admin'];

/** Reads the URL leniently: a value that makes no sense is ignored, not an error page. */
export function parseInboxSearch(params: URLSearchParams): InboxSearch {
  const kind = WORK_KINDS.find((k) => k === params.get('kind'));
  const stage = STAGES.find((s) => s === params.get('stage'));
  const area = AREAS.find((a) => a === params.get('area'));
  const memberId = params.get('city')?.trim();
  const page = Number(params.get('page'));
  return {
    ...(kind && { kind }),
    ...(stage && { stage }),
    ...(area && { area }),
    ...(memberId && { memberId }),
    mine: params.get('mine') === '1',
    sort: params.get('sort') === 'newest' ? 'newest' : 'oldest',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The search string for a choice, leaving out defaults so shared links stay short. */
export function inboxSearchString(search: InboxSearch): string {
  const params = new URLSearchParams();
  if (search.kind) params.set('kind', search.kind);
  if (search.stage) params.set('stage', search.stage);
  if (search.area) params.set('area', search.area);
  if (search.memberId) params.set('city', search.memberId);
  if (search.mine) params.set('mine', '1');
  if (search.sort === 'newest') params.set('sort', 'newest');
  if (search.page > 1) params.set('page', String(search.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's query for a choice. */
export function inboxQuery(search: InboxSearch): InboxQuery {
  return {
    kind: search.kind,
    stage: search.stage,
    area: search.area,
    city: search.memberId,
    assigned: search.mine ? 'me' : undefined,
    sort: search.sort,
    page: search.page,
    pageSize: INBOX_PAGE_SIZE,
  };
}
