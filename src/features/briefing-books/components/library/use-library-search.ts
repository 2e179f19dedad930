import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { librarySearchString, type LibrarySearch } from '../../api/library-search';

/** Typed words on their way to the URL, and the URL they were typed over. */
interface TypedSearch {
  search: LibrarySearch;
  over: string;
}

/** Runs `task` once the browser has painted the next frame (in a hidden tab: once it is shown again). */
function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The search the library shows, and the two ways it changes (decisions 008 and 012).
 *
 * - `choose`: a filter, a sort or the search button writes the URL at once, as a history entry, so
 *   Back undoes it.
 * - `type`: words typed (after the pause) go to the results first, and to the URL, replacing its
 *   entry, in the frame after their results are painted (`resultsShown`). Writing the URL is a router
 *   navigation that re-renders every layout of the page, which on a slow phone costs as much as the
 *   search itself; this way it never stands between a keystroke and its results.
 *
 * The URL stays the truth: when it changes by any other means (Back, a link, a filter) the words
 * still on their way give way to it, and a link copied a moment after the results appear has them.
 */
export function useLibrarySearch(memberId: string, urlSearch: LibrarySearch) {
  const navigate = useNavigate();
  const url = librarySearchString(urlSearch);
  const [typed, setTyped] = useState<TypedSearch | null>(null);
  if (typed && typed.over !== url) setTyped(null);
  const current = typed && typed.over === url ? typed : null;
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });

  const href = useCallback(
    (search: LibrarySearch) => paths.member.library.href(memberId, librarySearchString(search)),
    [memberId],
  );
  const cancelSync = useRef<(() => void) | null>(null);
  const choose = useCallback(
    (next: LibrarySearch) => {
      // The choice includes the words typed so far, so a write of those words still waiting for a
      // frame must not land after it (the router's state moves before the page re-renders).
      cancelSync.current?.();
      void navigate(href(next));
    },
    [navigate, href],
  );
  const type = useCallback(
    (next: LibrarySearch) => setTyped(librarySearchString(next) === url ? null : { search: next, over: url }),
    [url],
  );

  const resultsShown = useCallback(
    (shown: LibrarySearch) => {
      const pending = latest.current;
      if (pending?.search !== shown) return;
      cancelSync.current?.();
      cancelSync.current = afterNextPaint(() => {
        // Typed again, or the URL moved on by other means: these words are no longer the search.
        if (latest.current !== pending) return;
        void navigate(href(pending.search), { replace: true });
      });
    },
    [navigate, href],
  );
  // Leaving the library drops a pending write: it must not pull the person back here.
  useEffect(() => () => cancelSync.current?.(), []);

  return { search: current?.search ?? urlSearch, choose, type, resultsShown };
}
