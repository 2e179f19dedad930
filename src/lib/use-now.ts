import { useState } from 'react';

/**
 * The time the component first rendered, for judging deadlines on a page ("registration closes
 * Jan 6"). It stays put while the page is open, so a re-render never flips a button on its own;
 * the API checks every deadline again when a change is sent.
 */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
