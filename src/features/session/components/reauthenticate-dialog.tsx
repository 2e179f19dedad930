import { lazy, Suspense } from 'react';
import { useLoadLater } from '@/lib/use-load-later';
import { useReauthentication } from '../api/use-reauthentication';

const loadPrompt = () => import('./reauthenticate-prompt');
const ReauthenticatePrompt = lazy(loadPrompt);

/**
 * Shown over the current page when the session has expired. The page stays as it was, forms and
 * all; after signing in, the requests that hit the expiry are replayed once. The dialog's code
 * loads once the first page is up, so it is ready offline but never delays that page.
 */
export function ReauthenticateDialog() {
  const { open, person, settle } = useReauthentication();
  useLoadLater(loadPrompt);
  if (!open || !person) return null;
  return (
    <Suspense fallback={null}>
      <ReauthenticatePrompt person={person} settle={settle} />
    </Suspense>
  );
}
