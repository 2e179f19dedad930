import { expect, test } from './fixtures';

test('the app publishes its API contract at /openapi.json', async ({ request, baseURL }) => {
  const response = await request.get(`${baseURL ?? ''}/openapi.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const document = (await response.json()) as { openapi: string; info: { title: string } };
  expect(document.openapi).toBe('3.1.0');
  expect(document.info.title).toBe('MIP Member Hub API');
});
