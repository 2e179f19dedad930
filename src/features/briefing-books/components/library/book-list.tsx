import { useRef, type MouseEvent, type FocusEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { prefetchBook } from '../../api/briefing-books-queries';
import type { OpenedFromLibrary } from '../../api/library-search';

/** The attribute that marks a book's link in a `BookList` (see `BookListItem`). */
export const BOOK_LINK_ATTRIBUTE = 'data-book-id';

function bookLinkOf(target: EventTarget): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(`a[${BOOK_LINK_ATTRIBUTE}]`) : null;
}

/** A click the browser should handle itself: a new tab or window, a download, another button. */
function isBrowserClick(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
}

/**
 * A list of books whose links are plain anchors, handled once for the whole list: a click opens
 * the book in the app (the router, no page load), and hovering over or focusing a link starts
 * loading its book so it opens at once. A router `<Link>` per row would run a dozen hooks for each
 * book on every search: a good part of the time between a keystroke and its results on a slow
 * phone. Modified clicks (a new tab) stay the browser's.
 */
export function BookList({
  className,
  openedFrom,
  children,
}: {
  className?: string;
  /** Router state the opened book receives: where it was found (its way back, `BookPage`). */
  openedFrom?: OpenedFromLibrary;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lastPrefetched = useRef<string | null>(null);

  function open(event: MouseEvent<HTMLUListElement>) {
    const link = bookLinkOf(event.target);
    if (!link || event.defaultPrevented || isBrowserClick(event)) return;
    event.preventDefault();
    void navigate(`${link.pathname}${link.search}${link.hash}`, { state: openedFrom });
  }

  function prefetch(event: MouseEvent<HTMLUListElement> | FocusEvent<HTMLUListElement>) {
    const bookId = bookLinkOf(event.target)?.getAttribute(BOOK_LINK_ATTRIBUTE);
    if (!bookId || bookId === lastPrefetched.current) return;
    lastPrefetched.current = bookId;
    prefetchBook(queryClient, bookId);
  }

  return (
    // The handlers only hear what the links inside already do: they are focusable, and Enter on
    // one is a click. The list adds no interaction of its own, so it needs no key handler.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <ul className={className} onClick={open} onMouseOver={prefetch} onFocus={prefetch}>
      {children}
    </ul>
  );
}
