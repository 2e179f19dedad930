import { startTransition, useEffect, useState } from 'react';

/**
 * A new list shown in two steps: its first `first` items at once, the rest in a transition just
 * after (which typing can interrupt). The first rows fill a screen, so the answer is visible as
 * soon as they are; building every row before showing any would make a slow phone wait for rows
 * below the fold before the first result. A list seen for the first time, or unchanged, is
 * shown whole.
 */
export function useFirstRowsFirst<T>(items: readonly T[], first: number): readonly T[] {
  const [whole, setWhole] = useState(items);
  useEffect(() => {
    if (whole !== items) startTransition(() => setWhole(items));
  }, [items, whole]);
  return whole === items || items.length <= first ? items : items.slice(0, first);
}
