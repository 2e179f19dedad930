import { Alert } from '@/components/ui/alert';

/** Where a staff page's actions would be, while its reader previews a member (read-only). */
export function PreviewReadOnly({ toDo = 'answer requests' }: { toDo?: string }) {
  return (
    <Alert tone="info" title="Read-only while you preview a member">
      Exit the preview to {toDo}.
    </Alert>
  );
}
