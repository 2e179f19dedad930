import { useState, type ReactNode } from 'react';
import { describeError } from '@/api/api-error';
import { saveFile } from '@/lib/save-file';
import { Button } from './button';

export interface DownloadedFile {
  /** Text the app made or fetched, or a file's bytes as the API sent them. */
  content: string | Blob;
  fileName: string;
  type: string;
}

interface DownloadButtonProps {
  /** Fetches the file through the API client (see saveFile for why not a plain link). */
  fetchFile: () => Promise<DownloadedFile>;
  /** "The calendar file", "The memo": the start of the sentence that says it failed. */
  what: string;
  children: ReactNode;
}

/** A button that fetches a file and saves it, busy while it works, with the reason when it fails. */
export function DownloadButton({ fetchFile, what, children }: DownloadButtonProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setPending(true);
    setError(null);
    try {
      const file = await fetchFile();
      saveFile(file.content, file.fileName, file.type);
    } catch (failure) {
      setError(`${what} couldn't be downloaded. ${describeError(failure)} Press the button to try again.`);
    } finally {
      setPending(false);
    }
  }

  return (
    <div>
      <Button variant="secondary" pending={pending} onClick={() => void download()}>
        {children}
      </Button>
      <p role="status" className="mt-2 max-w-xs text-sm text-red-800 empty:hidden">
        {error}
      </p>
    </div>
  );
}
