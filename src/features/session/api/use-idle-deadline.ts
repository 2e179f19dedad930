import { useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createIdleTracker } from './idle-tracker';

/** When the session will end if nothing more happens (browser ms), or null if it can't be known. */
export function useIdleDeadline(): number | null {
  const queryClient = useQueryClient();
  const [tracker] = useState(() => createIdleTracker(queryClient));
  return useSyncExternalStore(tracker.subscribe, tracker.deadline);
}
