import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { useIdempotencyKey } from '@/api/idempotency-key';
import type { BookInput, StaffBook } from '@/api/contracts/staff-library';
import { useStaffChange, type ChangeTarget } from './staff-change';
import { STAFF_BOOKS_KEY, staffBookQueryKey } from './staff-library-queries';

/** Changes to a book: the staff lists and every member view of the library are read again after it. */
const BOOK_VIEWS = [STAFF_BOOKS_KEY, ['briefing-books'], ['overview']];

/** A new draft; the same answers sent again (a retry) reuse the Idempotency-Key, so it is made once. */
export function useCreateBook() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: BookInput, { client }) =>
      apiRequest('createBook', { body, idempotencyKey: idempotency.keyFor(body), client }),
    onSuccess: (created) => {
      idempotency.reset();
      queryClient.setQueryData(staffBookQueryKey(created.id), created);
      return Promise.all(BOOK_VIEWS.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

function useBookChange<B>(book: StaffBook, send: (body: B, target: ChangeTarget) => Promise<StaffBook>) {
  return useStaffChange<B, StaffBook>({
    record: book,
    queryKey: staffBookQueryKey(book.id),
    invalidates: BOOK_VIEWS,
    send,
  });
}

export const useUpdateBook = (book: StaffBook) =>
  useBookChange<BookInput>(book, (body, { client, ...target }) =>
    apiRequest('updateBook', { params: { bookId: book.id }, body, ...target, client }),
  );

/** Publishing and unpublishing send nothing but the version: the body is empty. */
type NoBody = Record<string, never>;

export const usePublishBook = (book: StaffBook) =>
  useBookChange<NoBody>(book, (body, { client, ...target }) =>
    apiRequest('publishBook', { params: { bookId: book.id }, body, ...target, client }),
  );

export const useUnpublishBook = (book: StaffBook) =>
  useBookChange<NoBody>(book, (body, { client, ...target }) =>
    apiRequest('unpublishBook', { params: { bookId: book.id }, body, ...target, client }),
  );
