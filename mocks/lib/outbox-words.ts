import { paths } from '../../src/config/paths';
import { formatLongDate, formatMoney } from '../../src/lib/format';

/**
 * Every word of the e-mails the API queues about members' requests (outbox.ts), in one place:
 * short, plain US English, each ending with where to read more in the Member Hub.
 */

export interface EmailWords {
  subject: string;
  body: string;
}

const readIt = (path: string) => `Read it in the Member Hub: ${path}`;

/** Paragraphs, blank-line separated; empty ones are left out. */
const paragraphs = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim() !== '').join('\n\n');

/** The sign-in link of a welcome e-mail (`paths.setUp`): only its person may use it. */
const WELCOME_LINK = /\/set-up\/([A-Za-z0-9_-]+)/g;
/** A welcome e-mail as the staff outbox shows it: without its link. */
export const redactWelcomeLink = (body: string) => body.replace(WELCOME_LINK, '[the link is in the e-mail only]');
/** The token of the link in an e-mail's body, if it has one (what its person's mailbox reads). */
export const welcomeTokenIn = (body: string): string | undefined => [...body.matchAll(WELCOME_LINK)][0]?.[1];

const setUpIt = (token: string, expiresAt: string) =>
  `Choose your password here (the link works once, until ${formatLongDate(expiresAt)}):\n${paths.setUp.href(token)}`;

/** The welcome e-mails of accounts MIP's staff make; the link is the person's first sign-in. */
export const welcomeWords = {
  mayor: (name: string, city: string, token: string, expiresAt: string) => ({
    subject: 'Welcome to the MIP Member Hub',
    body: paragraphs(
      `Dear ${name},`,
      `MIP recorded you as the mayor of ${city}. In the Member Hub your city registers for MIP's meetings, requests policy memos, reads briefing books and sees its dues.`,
      setUpIt(token, expiresAt),
      'If you were not expecting this e-mail, you can ignore it, or write to MIP.',
    ),
  }),
  colleague: (name: string, token: string, expiresAt: string) => ({
    subject: 'Your MIP Member Hub staff account',
    body: paragraphs(
      `Dear ${name},`,
      "A MIP admin made you a staff account in the Member Hub, where MIP answers its member cities' requests.",
      setUpIt(token, expiresAt),
    ),
  }),
};

export const outboxWords = {
  memoProgressed: (memberId: string, memoRequestId: string, title: string, stage: string, message: string) => ({
    subject: `MIP updated your memo request: ${title}`,
    body: paragraphs(
      `Your memo request "${title}" is now ${stage}.`,
      `MIP's message:\n${message}`,
      readIt(paths.member.memo.href(memberId, memoRequestId)),
    ),
  }),
  memoDeclined: (memberId: string, memoRequestId: string, title: string, reason: string) => ({
    subject: `MIP declined your memo request: ${title}`,
    body: paragraphs(
      `MIP declined your memo request "${title}". The memo goes back to your city's allowance.`,
      `MIP's reason:\n${reason}`,
      readIt(paths.member.memo.href(memberId, memoRequestId)),
    ),
  }),
  memoDelivered: (memberId: string, memoRequestId: string, title: string, fileName: string | null) => ({
    subject: `MIP delivered your memo: ${title}`,
    body: paragraphs(
      `MIP delivered the memo you requested, "${title}".`,
      ...(fileName ? [`It comes with a file, ${fileName}, that you can download from the memo's page.`] : []),
      readIt(paths.member.memo.href(memberId, memoRequestId)),
    ),
  }),
  travelApproved: (
    memberId: string,
    meetingId: string,
    meetingTitle: string,
    attendee: string,
    amountCents: number,
    message: string | null,
  ) => ({
    subject: `MIP approved travel support: ${meetingTitle}`,
    body: paragraphs(
      `MIP will cover ${formatMoney(amountCents)} of ${attendee}'s travel to the ${meetingTitle}.`,
      message && `MIP's message:\n${message}`,
      readIt(paths.member.meeting.href(memberId, meetingId)),
    ),
  }),
  travelDeclined: (memberId: string, meetingId: string, meetingTitle: string, attendee: string, reason: string) => ({
    subject: `MIP declined travel support: ${meetingTitle}`,
    body: paragraphs(
      `MIP declined the request for travel support for ${attendee} to the ${meetingTitle}.`,
      `MIP's reason:\n${reason}`,
      readIt(paths.member.meeting.href(memberId, meetingId)),
    ),
  }),
  assistanceApproved: (memberId: string, yearLabel: string, decision: string) => ({
    subject: `MIP approved financial assistance for your ${yearLabel} dues`,
    body: paragraphs(decision, readIt(paths.member.dues.href(memberId))),
  }),
  assistanceDeclined: (memberId: string, yearLabel: string, reason: string) => ({
    subject: `MIP declined financial assistance for your ${yearLabel} dues`,
    body: paragraphs(
      `MIP declined your city's request for help with its ${yearLabel} dues. Your invoice stays as it was.`,
      `MIP's reason:\n${reason}`,
      readIt(paths.member.dues.href(memberId)),
    ),
  }),
  applicationApproved: (city: string, message: string | null) => ({
    subject: `Welcome to MIP: ${city} is a member`,
    body: paragraphs(
      `MIP approved ${city}'s membership application. Your city is now a member, and its first invoice is ready.`,
      message && `MIP's message:\n${message}`,
      readIt(paths.welcome.href()),
    ),
  }),
  applicationDeclined: (city: string, reason: string) => ({
    subject: `MIP declined ${city}'s membership application`,
    body: paragraphs(
      `MIP declined ${city}'s membership application.`,
      `MIP's reason:\n${reason}`,
      readIt(paths.welcome.href()),
    ),
  }),
  applicationQuestion: (city: string, question: string) => ({
    subject: `MIP has a question about ${city}'s application`,
    body: paragraphs(
      `MIP needs more information before it decides ${city}'s membership application.`,
      `MIP's question:\n${question}`,
      `Answer it in the Member Hub: ${paths.welcome.href()}`,
    ),
  }),
  invoiceSent: (memberId: string, invoiceId: string, number: string, contactName: string, po: string) => ({
    subject: `MIP sent invoice ${number}`,
    body: paragraphs(
      `MIP sent invoice ${number} to ${contactName}${po ? ` with purchase order ${po}` : ''}.`,
      readIt(paths.member.invoice.href(memberId, invoiceId)),
    ),
  }),
  packetPosted: (memberId: string, yearLabel: string, sentOn: string) => ({
    subject: `MIP posted your ${yearLabel} membership packet`,
    body: paragraphs(
      `MIP posted your city's ${yearLabel} membership packet on ${formatLongDate(sentOn)}.`,
      readIt(paths.member.dues.href(memberId)),
    ),
  }),
  seatConfirmed: (memberId: string, meetingId: string, meetingTitle: string, attendees: string) => ({
    subject: `You have a seat at the ${meetingTitle}`,
    body: paragraphs(
      `MIP added seats to the ${meetingTitle}, so ${attendees} moved from the waitlist to confirmed.`,
      readIt(paths.member.meeting.href(memberId, meetingId)),
    ),
  }),
  meetingCanceled: (memberId: string, meetingId: string, meetingTitle: string, message: string) => ({
    subject: `MIP canceled the ${meetingTitle}`,
    body: paragraphs(
      `MIP canceled the ${meetingTitle}. Your city's registrations for it no longer stand, and there is nothing you need to do.`,
      message && `MIP's message:\n${message}`,
      readIt(paths.member.meeting.href(memberId, meetingId)),
    ),
  }),
  invitationWithdrawn: (meetingTitle: string, attendees: string) => ({
    subject: `Your registration for the ${meetingTitle} was canceled`,
    body: paragraphs(
      `MIP changed the cities invited to the ${meetingTitle}, so the registration of ${attendees} was canceled. Write to MIP if you think this is a mistake.`,
    ),
  }),
} satisfies Record<string, (...args: never[]) => EmailWords>;
