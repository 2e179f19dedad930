/// <reference types="vite/client" />

/** True when the app is built to run on the embedded mock API (no VITE_API_URL). */
declare const __MOCK_API__: boolean;

interface ImportMetaEnv {
  readonly VITE_API_URL?: string;
}
