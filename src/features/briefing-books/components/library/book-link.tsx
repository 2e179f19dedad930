import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { prefetchBook } from '../../api/briefing-books-queries';

/** A link to a book that starts loading it on hover or focus, so it opens at once. */
export function BookLink({ memberId, bookId, children }: { memberId: string; bookId: string; children: ReactNode }) {
  const queryClient = useQueryClient();
  const prefetch = () => prefetchBook(queryClient, bookId);
  return (
    <TextLink to={paths.member.book.href(memberId, bookId)} onMouseEnter={prefetch} onFocus={prefetch}>
      {children}
    </TextLink>
  );
}
