import { useQuery } from '@tanstack/react-query';
import { Bookmark, BookmarkCheck } from 'lucide-react';
import { describeError } from '@/api/api-error';
import { useSession, viewerPersonId } from '@/api/queries/session-queries';
import { ChangeButton } from '@/components/ui/change-button';
import { useToggleBookmark } from '../api/bookmark-mutations';
import { bookmarkListQueryOptions } from '../api/briefing-books-queries';

/**
 * Save or unsave a book for the signed-in person, with the state in words (aria-pressed too). In a
 * preview it shows the mayor's state, and ChangeButton keeps it from changing anything.
 */
export function BookmarkButton({ bookId, title }: { bookId: string; title: string }) {
  const personId = viewerPersonId(useSession());
  const { data } = useQuery(bookmarkListQueryOptions(personId));
  const toggle = useToggleBookmark(personId);
  const saved = data?.items.some((b) => b.book.id === bookId) ?? false;
  const Icon = saved ? BookmarkCheck : Bookmark;
  return (
    <div>
      <ChangeButton
        variant="secondary"
        aria-pressed={saved}
        aria-label={saved ? `Saved: ${title}. Remove from saved` : `Save ${title}`}
        pending={toggle.isPending}
        pendingLabel={saved ? 'Removing…' : 'Saving…'}
        onClick={() => toggle.mutate({ bookId, save: !saved })}
      >
        <Icon aria-hidden="true" className="size-5" />
        {saved ? 'Saved' : 'Save'}
      </ChangeButton>
      <p role="status" className="mt-2 max-w-xs text-sm text-red-800 empty:hidden">
        {toggle.isError ? `That didn't work. ${describeError(toggle.error)} Press the button to try again.` : ''}
      </p>
    </div>
  );
}
