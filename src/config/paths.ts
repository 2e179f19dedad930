/**
 * Every URL of the app is built here, so a route never hand-assembles a path and a renamed route
 * changes in one place. `pattern` is what the router matches; `href()` is what links use.
 */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  signIn: {
    pattern: '/sign-in',
    /** `next` is where to go after signing in; the home page needs no `next`. */
    href: (next?: string) => (next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  },
  actAs: { pattern: '/act-as', href: () => '/act-as' },
  /** MIP staff's area: the work inbox is its home; `search` is the inbox's filters (`?kind=…`). */
  staff: {
    pattern: '/staff',
    href: (search = '') => `/staff${search}`,
    members: { pattern: 'members', href: () => '/staff/members' },
    /** A city's record: mayor, membership and why, population and dues tier. */
    city: {
      pattern: 'members/:memberId',
      href: (memberId: string) => `/staff/members/${encodeURIComponent(memberId)}`,
    },
    memoRequest: {
      pattern: 'memo-requests/:memoRequestId',
      href: (memoRequestId: string) => `/staff/memo-requests/${encodeURIComponent(memoRequestId)}`,
    },
    /** A city's membership application, as MIP's finance staff decide it. */
    application: {
      pattern: 'applications/:applicationId',
      href: (applicationId: string) => `/staff/applications/${encodeURIComponent(applicationId)}`,
    },
    assistanceRequest: {
      pattern: 'assistance-requests/:assistanceRequestId',
      href: (assistanceRequestId: string) => `/staff/assistance-requests/${encodeURIComponent(assistanceRequestId)}`,
    },
    /** Every city's invoices for finance staff; `search` is the view and page (`?view=overdue`). */
    invoices: { pattern: 'invoices', href: (search = '') => `/staff/invoices${search}` },
    invoice: {
      pattern: 'invoices/:invoiceId',
      href: (invoiceId: string) => `/staff/invoices/${encodeURIComponent(invoiceId)}`,
    },
    /** The e-mails the API queued about members' requests; `search` is the page (`?page=2`). */
    outbox: { pattern: 'outbox', href: (search = '') => `/staff/outbox${search}` },
    /** MIP's staff accounts, for its admins. */
    accounts: { pattern: 'accounts', href: () => '/staff/accounts' },
    /** Every meeting for programs staff; `search` is the view and page (`?view=past`). */
    meetings: { pattern: 'meetings', href: (search = '') => `/staff/meetings${search}` },
    meetingNew: { pattern: 'meetings/new', href: () => '/staff/meetings/new' },
    meeting: {
      pattern: 'meetings/:meetingId',
      href: (meetingId: string) => `/staff/meetings/${encodeURIComponent(meetingId)}`,
    },
    meetingEdit: {
      pattern: 'meetings/:meetingId/edit',
      href: (meetingId: string) => `/staff/meetings/${encodeURIComponent(meetingId)}/edit`,
    },
    /** Briefing books and resources for programs and policy staff; `search` is `?view=draft&q=…&page=2`. */
    library: { pattern: 'library', href: (search = '') => `/staff/library${search}` },
    bookNew: { pattern: 'library/new', href: () => '/staff/library/new' },
    book: {
      pattern: 'library/:bookId',
      href: (bookId: string) => `/staff/library/${encodeURIComponent(bookId)}`,
    },
    bookEdit: {
      pattern: 'library/:bookId/edit',
      href: (bookId: string) => `/staff/library/${encodeURIComponent(bookId)}/edit`,
    },
    /** A travel-support request, named by the registration it rides on. */
    travelSupport: {
      pattern: 'travel-support/:registrationId',
      href: (registrationId: string) => `/staff/travel-support/${encodeURIComponent(registrationId)}`,
    },
  },
  welcome: { pattern: '/welcome', href: () => '/welcome' },
  /** Where MIP's welcome e-mail sends a person MIP made an account for: they choose a password. */
  setUp: { pattern: '/set-up/:token', href: (token: string) => `/set-up/${encodeURIComponent(token)}` },
  /** The public page where a city applies to join (no sign-in). */
  join: { pattern: '/join', href: () => '/join' },
  /**
   * The embedded mock API's stand-in for a card processor's hosted checkout page. Only the
   * mock build has this route; against a real API the checkout URL is the processor's.
   */
  mockCheckout: {
    pattern: '/mock-checkout/:checkoutSessionId',
    href: (checkoutSessionId: string) => `/mock-checkout/${encodeURIComponent(checkoutSessionId)}`,
  },
  member: {
    pattern: '/m/:memberId',
    dashboard: { href: (memberId: string) => `/m/${encodeURIComponent(memberId)}` },
    meetings: {
      pattern: 'meetings',
      /** `search` is the list's filters as built by the meetings feature (`?when=past&kind=winter`). */
      href: (memberId: string, search = '') => `/m/${encodeURIComponent(memberId)}/meetings${search}`,
    },
    meeting: {
      pattern: 'meetings/:meetingId',
      href: (memberId: string, meetingId: string) =>
        `/m/${encodeURIComponent(memberId)}/meetings/${encodeURIComponent(meetingId)}`,
    },
    memos: {
      pattern: 'memos',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/memos`,
    },
    memoNew: {
      pattern: 'memos/new',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/memos/new`,
    },
    memo: {
      pattern: 'memos/:memoRequestId',
      href: (memberId: string, memoRequestId: string) =>
        `/m/${encodeURIComponent(memberId)}/memos/${encodeURIComponent(memoRequestId)}`,
    },
    library: {
      pattern: 'library',
      /** `search` is the library's query as built by the briefing-books feature (`?q=transit&year=2025`). */
      href: (memberId: string, search = '') => `/m/${encodeURIComponent(memberId)}/library${search}`,
    },
    savedBooks: {
      pattern: 'library/saved',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/library/saved`,
    },
    book: {
      pattern: 'library/:bookId',
      href: (memberId: string, bookId: string) =>
        `/m/${encodeURIComponent(memberId)}/library/${encodeURIComponent(bookId)}`,
    },
    tracks: {
      pattern: 'tracks',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/tracks`,
    },
    track: {
      pattern: 'tracks/:trackId',
      href: (memberId: string, trackId: string) =>
        `/m/${encodeURIComponent(memberId)}/tracks/${encodeURIComponent(trackId)}`,
    },
    directory: {
      pattern: 'directory',
      /** `search` is the directory's query as built by the network feature (`?q=chen&state=OH`). */
      href: (memberId: string, search = '') => `/m/${encodeURIComponent(memberId)}/directory${search}`,
    },
    settings: {
      pattern: 'settings',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/settings`,
    },
    dues: {
      pattern: 'dues',
      /** `search` carries a checkout's outcome back from the hosted checkout (`?checkout=cs-1`). */
      href: (memberId: string, search = '') => `/m/${encodeURIComponent(memberId)}/dues${search}`,
    },
    invoice: {
      pattern: 'dues/invoices/:invoiceId',
      href: (memberId: string, invoiceId: string) =>
        `/m/${encodeURIComponent(memberId)}/dues/invoices/${encodeURIComponent(invoiceId)}`,
    },
    paymentPlan: {
      pattern: 'dues/plan',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/dues/plan`,
    },
    invoiceRequest: {
      pattern: 'dues/invoice-request',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/dues/invoice-request`,
    },
    assistance: {
      pattern: 'dues/assistance',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/dues/assistance`,
    },
    /** The mayor's delegates: who may act for them, in what, until when (mayor only). */
    delegates: {
      pattern: 'access',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/access`,
    },
    /** Who acted for the mayor and who previewed their hub, newest first (mayor only). */
    accessHistory: {
      pattern: 'access/history',
      href: (memberId: string) => `/m/${encodeURIComponent(memberId)}/access/history`,
    },
    meetingRegister: {
      pattern: 'meetings/:meetingId/register',
      href: (memberId: string, meetingId: string) =>
        `/m/${encodeURIComponent(memberId)}/meetings/${encodeURIComponent(meetingId)}/register`,
    },
  },
} as const;

/**
 * A `?next=` value is only followed when it is a path on this site: an open redirect to another
 * origin ("//evil.example", "https://…") would let a link hand people to a look-alike sign-in page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home.href();
  return next;
}

/** The path, query and hash of a URL: what `?next=` carries back after signing in. */
export function pathOf(url: URL): string {
  return `${url.pathname}${url.search}${url.hash}`;
}
