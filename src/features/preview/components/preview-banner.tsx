import { Eye } from 'lucide-react';
import { useSession } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { useEndPreview } from '../api/end-preview';

/**
 * On every page while MIP staff preview a member. It can't be dismissed: the only way to make it
 * go is to end the preview.
 */
export function PreviewBanner() {
  const { preview } = useSession();
  const endPreview = useEndPreview();
  if (!preview) return null;

  return (
    <section aria-label="Preview" className="border-b-2 border-amber-500 bg-amber-100 text-amber-950 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
        <p className="flex min-w-0 items-start gap-2">
          <Eye aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong className="font-semibold">Viewing as Mayor {preview.mayor.name}</strong> · {preview.city} ·
            read-only
          </span>
        </p>
        <Button variant="secondary" size="sm" pending={endPreview.isPending} onClick={() => endPreview.mutate()}>
          Exit <span className="sr-only">preview</span>
        </Button>
      </div>
    </section>
  );
}
