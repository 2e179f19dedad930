import * as z from 'zod/mini';
import { bookInputSchema, type BookInput, type StaffBook } from '@/api/contracts/staff-library';
import { htmlToMarkup, markupToHtml } from '@/lib/rich-text-markup';

type SectionKind = StaffBook['sections'][number]['kind'];

/**
 * The book form's values: the contract's BookInput as people type it. The rich-text fields keep
 * their contract names (so the API's field errors land on them) but hold the editor's small markup
 * (src/lib/rich-text-markup.ts), made HTML when the form is sent. Empty texts stand for "none".
 */
export interface BookFormValues {
  kind: BookInput['kind'];
  title: string;
  summary: string;
  policyArea: string;
  /** "" for none. */
  meetingId: string;
  introductionHtml: string;
  sections: {
    kind: SectionKind;
    title: string;
    bodyHtml: string;
    speakers: { name: string; title: string; city: string }[];
    readings: { title: string; url: string; source: string }[];
  }[];
}

export type BookSectionValues = BookFormValues['sections'][number];

export const EMPTY_BOOK: BookFormValues = {
  kind: 'resource',
  title: '',
  summary: '',
  policyArea: '',
  meetingId: '',
  introductionHtml: '',
  sections: [],
};

export const EMPTY_SECTION: BookSectionValues = {
  kind: 'background',
  title: '',
  bodyHtml: '',
  speakers: [],
  readings: [],
};

export function bookFormValuesOf(book: StaffBook): BookFormValues {
  return {
    kind: book.kind,
    title: book.title,
    summary: book.summary,
    policyArea: book.policyArea.id,
    meetingId: book.meetingId ?? '',
    introductionHtml: htmlToMarkup(book.introductionHtml),
    sections: book.sections.map((section) => ({
      kind: section.kind,
      title: section.title,
      bodyHtml: htmlToMarkup(section.bodyHtml),
      speakers: section.speakers.map((s) => ({ name: s.name, title: s.title, city: s.city ?? '' })),
      readings: section.readings.map((r) => ({ title: r.title, url: r.url ?? '', source: r.source })),
    })),
  };
}

export function bookInputOf(values: BookFormValues): BookInput {
  return {
    ...values,
    meetingId: values.meetingId === '' ? null : values.meetingId,
    introductionHtml: markupToHtml(values.introductionHtml),
    sections: values.sections.map((section) => ({
      ...section,
      bodyHtml: markupToHtml(section.bodyHtml),
      // A web address pasted with a space around it is the same address; an empty one is none.
      readings: section.readings.map((r) => ({ ...r, url: r.url.trim() === '' ? null : r.url.trim() })),
    })),
  };
}

/**
 * The form's rules are the contract's, checked on what the form would send, so every message is
 * the one the API gives and lands on the field it names.
 */
export const bookFormSchema = z.pipe(
  z.pipe(
    z.custom<BookFormValues>(),
    z.transform((values: BookFormValues) => bookInputOf(values)),
  ),
  bookInputSchema,
);
