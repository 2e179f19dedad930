// @ts-check
/**
 * Debian's Chromium and the flags it needs on this machine's closed network (no background
 * connections, no updates, no QUIC), shared by the Playwright suite and the bench.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
