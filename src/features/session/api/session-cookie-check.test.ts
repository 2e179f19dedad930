import { describe, expect, it } from 'vitest';
import { sessionCookieNotSentWords } from './session-cookie-check';

describe('sessionCookieNotSentWords', () => {
  it('sends a page on localhost to the same address on 127.0.0.1 when that is where the API is', () => {
    expect(
      sessionCookieNotSentWords('http://127.0.0.1:8787', 'http://localhost:4174/sign-in?next=%2Fm%2Friverton'),
    ).toBe(
      'Signed in, but this browser did not send the session cookie back to the API at http://127.0.0.1:8787. ' +
        'This page is on localhost and the API on 127.0.0.1, which the browser treats as two different sites. ' +
        'Open the app at http://127.0.0.1:4174/sign-in?next=%2Fm%2Friverton and sign in there.',
    );
  });

  it('asks about blocked cookies when the page and the API share a host name', () => {
    expect(sessionCookieNotSentWords('http://127.0.0.1:8787', 'http://127.0.0.1:4174/sign-in')).toBe(
      'Signed in, but this browser did not send the session cookie back to the API at http://127.0.0.1:8787. ' +
        'Check that this browser allows cookies for this site, then sign in again.',
    );
  });

  it('names the cookie setting when the app and the API are on different sites', () => {
    expect(sessionCookieNotSentWords('https://api.example.net/v2', 'https://hub.example.org/sign-in')).toContain(
      'The app at https://hub.example.org and the API must be on the same site, or the API must send its session cookie with SameSite=None; Secure',
    );
  });
});
