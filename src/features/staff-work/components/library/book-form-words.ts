import type { Path } from 'react-hook-form';
import type { BookInput } from '@/api/contracts/staff-library';
import type { BookFormValues } from '../../api/book-form-values';

export type BookFieldName = Path<BookFormValues>;
export type BookFieldError = (field: BookFieldName) => string | undefined;

export const bookFieldId = (field: string) => `book-${field.replace(/\./g, '-')}`;

/** How the editor's markup is written (src/lib/rich-text-markup.ts), in a line under each text box. */
export const MARKUP_HINT =
  'A blank line starts a new paragraph. Start a line with "- " for a list, "### " for a heading. ' +
  'Write **bold**, *italic* and [a link](https://example.org).';

export const BOOK_KIND_WORDS: Record<BookInput['kind'], string> = {
  briefing_book: 'Briefing book (for a meeting)',
  resource: 'Policy resource',
};
