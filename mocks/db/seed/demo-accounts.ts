/** One line per demo account for the sign-in page, in the order of docs/product.md. */
export const DEMO_ACCOUNTS = [
  {
    personId: 'ana-ortiz',
    description:
      'Mayor of Riverton (pop. 212,000): first term, 1 of 3 memos used, open invoice on a 2-installment plan',
  },
  {
    personId: 'marcus-bell',
    description:
      'Mayor of Lakeport (pop. 1,250,000): all 3 memos used, dues paid, registered for the next Winter Meeting',
  },
  {
    personId: 'dana-whitfield',
    description: 'Mayor of Cedar Falls (pop. 8,400): invoice overdue, membership in grace',
  },
  {
    personId: 'jordan-lee',
    description:
      'Chief of staff: delegate for Mayor Ana Ortiz (meetings, memos, dues) and Mayor Dana Whitfield (meetings only)',
  },
  {
    personId: 'morgan-hale',
    description: "MIP program and policy staff: memo requests and travel support; previews members' hubs, read-only",
  },
  {
    personId: 'theo-grant',
    description: 'MIP finance: invoices, payments, financial assistance and applications',
  },
  { personId: 'elena-park', description: "MIP's executive director and admin: staff accounts and city records" },
  { personId: 'lee-chen', description: 'Mayor of Millbrook (pop. 45,000): prospective, not yet a member' },
] as const;
