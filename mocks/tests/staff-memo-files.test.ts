// @vitest-environment node
// API-level tests need no DOM: the file MIP attaches to a delivered memo, black-box over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoRequestDetail } from '../../src/api/contracts/memos';
import type { StaffMemoRequest } from '../../src/api/contracts/staff-memos';
import type { Outbox } from '../../src/api/contracts/staff-outbox';
import { bytesToBase64 } from '../../src/lib/base64';
import { MEMO_FILE_MAX_BYTES, MEMO_FILE_WORDS } from '../../src/lib/memo-file';
import { docxBytes, pdfBytes, xlsxBytes } from '../../tests/fixtures/memo-files';
import { clock } from '../clock';
import { MAX_BODY_BYTES, maxBodyBytesFor } from '../http/body-limits';
import { call, signIn, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;
const TEXT = 'Summary. '.repeat(30).trim();

/** A new request from Riverton, asked by Ana; Morgan (policy) is signed in afterwards. */
async function openRequest(): Promise<string> {
  await signIn('ana');
  const answer = await call<MemoRequestDetail>('POST', '/members/riverton/memo-requests', {
    body: { title: 'Vacant lots and a land bank', policyAreaId: 'housing', question: 'How do land banks work?' },
    headers: { 'Idempotency-Key': `memo-files-${String((keys += 1))}` },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  await signIn('morgan');
  return answer.body.id;
}

const deliver = (id: string, attachment: unknown): Promise<ApiAnswer<StaffMemoRequest>> =>
  call<StaffMemoRequest>('POST', `/staff/memo-requests/${id}/deliver`, { body: { text: TEXT, attachment } });
const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: bytesToBase64(bytes) });
const fieldErrorsOf = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors;

describe('delivering a memo with its file', () => {
  it('keeps a PDF, which the member sees listed and downloads byte for byte under its name', async () => {
    const id = await openRequest();
    const pdf = pdfBytes();
    const delivered = await deliver(id, upload('C:\\Users\\nadia\\Land bank memo "final".pdf', pdf));
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(200);
    const listed = { fileName: 'Land bank memo final.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length };
    expect(delivered.body.memo?.attachment).toEqual(listed);
    expect(delivered.body.actions.at(-1)).toMatchObject({
      action: 'Delivered the memo',
      detail: 'With the file Land bank memo final.pdf',
    });
    const outbox = await call<Outbox>('GET', '/staff/outbox');
    expect(outbox.body.items[0]?.body).toContain('It comes with a file, Land bank memo final.pdf');

    await signIn('ana');
    const seen = await call<MemoRequestDetail>('GET', `/memo-requests/${id}`);
    expect(seen.body.memo?.attachment).toEqual(listed);
    const file = await call<Uint8Array>('GET', `/memo-requests/${id}/attachment`, {
      headers: { Accept: 'application/pdf' },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Type')).toBe('application/pdf');
    expect(file.headers.get('Content-Disposition')).toBe(
      `attachment; filename="Land bank memo final.pdf"; filename*=UTF-8''Land%20bank%20memo%20final.pdf`,
    );
    expect(file.body).toEqual(pdf);
  });

  it('recognises a Word document by its package, whatever it is called', async () => {
    const id = await openRequest();
    const delivered = await deliver(id, upload('Memo for Ana', docxBytes()));
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(200);
    expect(delivered.body.memo?.attachment).toMatchObject({
      fileName: 'Memo for Ana.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('names a file by what it is: a PDF called .docx is saved as a PDF', async () => {
    const id = await openRequest();
    const delivered = await deliver(id, upload('memo.docx', pdfBytes()));
    expect(delivered.body.memo?.attachment).toMatchObject({ fileName: 'memo.docx.pdf', mediaType: 'application/pdf' });
  });

  it.each([
    ['a spreadsheet named .docx', upload('memo.docx', xlsxBytes()), MEMO_FILE_WORDS.wrongKind],
    ['text named .pdf', upload('memo.pdf', new TextEncoder().encode('Not really a PDF')), MEMO_FILE_WORDS.wrongKind],
    ['an empty file', { fileName: 'memo.pdf', contentBase64: '' }, MEMO_FILE_WORDS.empty],
    ['bytes that are not base64', { fileName: 'memo.pdf', contentBase64: 'not base64!' }, MEMO_FILE_WORDS.unreadable],
  ])('refuses %s next to the field, and delivers nothing', async (_, attachment, message) => {
    const id = await openRequest();
    const refused = await deliver(id, attachment);
    expect(refused.status).toBe(422);
    expect(fieldErrorsOf(refused)).toEqual({ 'attachment.contentBase64': [message] });
    const after = await call<StaffMemoRequest>('GET', `/staff/memo-requests/${id}`);
    expect([after.body.status, after.body.memo, after.body.version]).toEqual(['submitted', null, 0]);
  });

  it('refuses a file over 10 MB', async () => {
    const id = await openRequest();
    const big = new Uint8Array(MEMO_FILE_MAX_BYTES + 1);
    big.set(pdfBytes());
    const refused = await deliver(id, upload('memo.pdf', big));
    expect(refused.status).toBe(422);
    expect(fieldErrorsOf(refused)).toEqual({ 'attachment.contentBase64': [MEMO_FILE_WORDS.tooLarge] });
  });

  it('takes the memo without a file, as before: there is then nothing to download', async () => {
    const id = await openRequest();
    expect((await deliver(id, null)).body.memo?.attachment).toBeNull();
    await signIn('ana');
    expect((await call('GET', `/memo-requests/${id}/attachment`)).status).toBe(404);
  });
});

describe("reading a memo's file", () => {
  it('serves the seeded ADU memo’s PDF to Riverton, and to nobody from another city', async () => {
    await signIn('ana');
    const file = await call<Uint8Array>('GET', '/memo-requests/memo-riverton-adu/attachment');
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode(file.body.subarray(0, 5))).toBe('%PDF-');
    await signIn('marcus');
    expect((await call('GET', '/memo-requests/memo-riverton-adu/attachment')).status).toBe(404);
  });

  it('has the HTTP API take a 10 MB file on delivery only; every other body stays under 1 MB', () => {
    expect(maxBodyBytesFor('POST', '/api/v1/staff/memo-requests/memo-1/deliver')).toBeGreaterThan(
      (MEMO_FILE_MAX_BYTES * 4) / 3,
    );
    expect(maxBodyBytesFor('POST', '/api/v1/staff/memo-requests/memo-1/decline')).toBe(MAX_BODY_BYTES);
    expect(maxBodyBytesFor('POST', '/api/v1/members/riverton/memo-requests')).toBe(MAX_BODY_BYTES);
  });
});
