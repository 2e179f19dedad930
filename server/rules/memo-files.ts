import type { MemoFileUpload } from '../../src/api/contracts/staff-memos';
import { base64ToBytes } from '../../src/lib/base64';
import { MEMO_FILE_WORDS, checkMemoFile, memoFileName } from '../../src/lib/memo-file';
import type { MemoFileRow, MemoRequestRow } from '../../mocks/db/rows/benefits';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';

/** The bytes themselves are what's wrong: the refusal names the field that carried them. */
const refused = (message: string) =>
  new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
    'attachment.contentBase64': [message],
  });

/**
 * The file staff attach to a memo, once its bytes prove to be a PDF or a .docx of 10 MB at most
 * (src/lib/memo-file.ts): its name then ends as it really is. Anything else is a 422 on the field.
 */
export function memoFileFrom(upload: MemoFileUpload): Omit<MemoFileRow, 'memoRequestId'> {
  const bytes = base64ToBytes(upload.contentBase64);
  if (!bytes) throw refused(MEMO_FILE_WORDS.unreadable);
  const check = checkMemoFile(bytes);
  if (!check.ok) throw refused(check.message);
  return {
    fileName: memoFileName(upload.fileName, check.kind),
    mediaType: check.kind.mediaType,
    sizeBytes: bytes.length,
    contentBase64: upload.contentBase64,
  };
}

/** The delivered memo's file to download; 404 when MIP attached none (or hasn't delivered yet). */
export async function memoFileOf(tx: StoreTx, row: MemoRequestRow): Promise<File> {
  const file = row.memo?.attachment && (await tx.memoFiles.get({ memoRequestId: row.id }));
  if (!file) throw notFound('That file');
  const bytes = base64ToBytes(file.contentBase64) ?? new Uint8Array();
  return new File([bytes], file.fileName, { type: file.mediaType });
}
