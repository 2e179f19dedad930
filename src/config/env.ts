import { z } from 'zod';

const envSchema = z.object({
  /** Base URL of a real Member Hub API, e.g. https://api.mayorsinnovation.org. Empty: the embedded mock API. */
  VITE_API_URL: z.union([z.literal(''), z.url()]).default(''),
});

const parsed = envSchema.safeParse({ VITE_API_URL: import.meta.env.VITE_API_URL ?? '' });
if (!parsed.success) {
  throw new Error(`Invalid build configuration: ${z.prettifyError(parsed.error)}`);
}

export const env = {
  apiUrl: parsed.data.VITE_API_URL.replace(/\/$/, ''),
  /** Compile-time constant, so a real-API build drops every mock-only branch. */
  mockApi: __MOCK_API__,
};
