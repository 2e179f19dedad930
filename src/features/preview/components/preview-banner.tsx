import { useEffect } from 'react';
import { Eye } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey, useSession } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { formatInstantTime } from '@/lib/format';
import { useEndPreview } from '../api/end-preview';

/**
 * On every page while MIP staff preview a member. It can't be dismissed: the only way to make it
 * go is to end the preview.
 */
export function PreviewBanner() {
  const { preview } = useSession();
  const endPreview = useEndPreview();
  useSessionReadAgainAt(preview?.expiresAt ?? null);
  if (!preview) return null;

  return (
    <section aria-label="Preview" className="border-b-2 border-amber-500 bg-amber-100 text-amber-950 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
        <p className="flex min-w-0 items-start gap-2">
          <Eye aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong className="font-semibold">Viewing as Mayor {preview.mayor.name}</strong> · {preview.city} ·
            read-only · ends by {formatInstantTime(preview.expiresAt)}
          </span>
        </p>
        <Button variant="secondary" size="sm" pending={endPreview.isPending} onClick={() => endPreview.mutate()}>
          Exit <span className="sr-only">preview</span>
        </Button>
      </div>
    </section>
  );
}

/** The API may have put a minute between checks of a clock that disagrees with ours. */
const MIN_RECHECK_MS = 30_000;

/**
 * At the preview's end (60 minutes at most, enforced by the API) the session is read again, so
 * the open tab shows the preview ended instead of failing on its next click.
 */
function useSessionReadAgainAt(expiresAt: string | null) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!expiresAt) return;
    const delay = Math.max(Date.parse(expiresAt) - Date.now(), MIN_RECHECK_MS);
    const timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: sessionQueryKey }), delay);
    return () => clearTimeout(timer);
  }, [expiresAt, queryClient]);
}
