/**
 * The file MIP may attach to a delivered memo (issue 17): a PDF or a Word document, up to 10 MB,
 * recognised by what the bytes are rather than by the name, so a renamed file can't pass as a
 * memo. One rule for the staff form (which checks before uploading) and the API (which decides).
 */

export const MEMO_FILE_MAX_BYTES = 10 * 1024 * 1024;

export interface MemoFileKind {
  mediaType: string;
  /** How people call it: "PDF", "Word document". */
  label: string;
  extension: string;
}

export const MEMO_FILE_KINDS = {
  pdf: { mediaType: 'application/pdf', label: 'PDF', extension: 'pdf' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
    extension: 'docx',
  },
} as const satisfies Record<string, MemoFileKind>;

export const MEMO_FILE_MEDIA_TYPES: readonly string[] = Object.values(MEMO_FILE_KINDS).map((k) => k.mediaType);

export const MEMO_FILE_WORDS = {
  tooLarge: 'The file is over 10 MB. Attach a smaller one, or a PDF of it.',
  empty: 'The file is empty. Choose the memo’s file again.',
  wrongKind:
    'That file isn’t a PDF or a Word document (.docx). Save the memo as one of those and attach it again; older .doc files need saving as .docx.',
  unreadable: 'The file couldn’t be read. Choose it again.',
};

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);

const PDF_MAGIC = ascii('%PDF-');
const ZIP_LOCAL_FILE = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_DIRECTORY_ENTRY = [0x50, 0x4b, 0x01, 0x02];
const WORD_MAIN_PART = 'word/document.xml';

function uint16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function uint32(bytes: Uint8Array, at: number): number {
  return (uint16(bytes, at) | (uint16(bytes, at + 2) << 16)) >>> 0;
}

/**
 * The names in a ZIP archive's central directory, or null when it has none that can be read. The
 * directory's end record sits in the last 64 KiB (after an optional comment), so the search is short.
 */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (startsWith(bytes, ZIP_END_OF_DIRECTORY, at)) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = uint16(bytes, end + 10);
  let at = uint32(bytes, end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (!startsWith(bytes, ZIP_DIRECTORY_ENTRY, at)) return null;
    const nameLength = uint16(bytes, at + 28);
    const extraLength = uint16(bytes, at + 30);
    const commentLength = uint16(bytes, at + 32);
    names.push(String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** What the bytes are, if they are a file a memo may come as. */
export function memoFileKindOf(bytes: Uint8Array): MemoFileKind | null {
  if (startsWith(bytes, PDF_MAGIC)) return MEMO_FILE_KINDS.pdf;
  // A .docx is a ZIP package whose main part is word/document.xml (an .xlsx or a plain ZIP is not).
  if (startsWith(bytes, ZIP_LOCAL_FILE) && zipEntryNames(bytes)?.includes(WORD_MAIN_PART)) return MEMO_FILE_KINDS.docx;
  return null;
}

export type MemoFileCheck = { ok: true; kind: MemoFileKind } | { ok: false; message: string };

/** Whether these bytes may be attached to a memo, and why not. */
export function checkMemoFile(bytes: Uint8Array): MemoFileCheck {
  if (bytes.length === 0) return { ok: false, message: MEMO_FILE_WORDS.empty };
  if (bytes.length > MEMO_FILE_MAX_BYTES) return { ok: false, message: MEMO_FILE_WORDS.tooLarge };
  const kind = memoFileKindOf(bytes);
  return kind ? { ok: true, kind } : { ok: false, message: MEMO_FILE_WORDS.wrongKind };
}

const NAME_MAX = 120;

/**
 * The name the member's download gets: the uploader's name without folders, control characters or
 * quotes, and ending in the extension of what the file really is (a PDF named "memo.exe" is saved
 * as "memo.exe.pdf", never with a misleading ending).
 */
export function memoFileName(uploadedName: string, kind: MemoFileKind): string {
  const base = (uploadedName.split(/[/\\]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = base
    .replace(new RegExp(`\\.${kind.extension}$`, 'i'), '')
    .slice(0, NAME_MAX)
    .trim();
  return `${stem || 'memo'}.${kind.extension}`;
}

/** "PDF", "Word document": what a memo's file is, from its media type. */
export function memoFileLabelOf(mediaType: string): string {
  return Object.values(MEMO_FILE_KINDS).find((k) => k.mediaType === mediaType)?.label ?? 'file';
}

/** "1.2 MB", "340 KB": a file's size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
