import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { clock } from '@mocks/clock';
import { faults } from '@mocks/faults';
import { routes } from '@/api/contracts/routes.generated';
import { draftKey } from '@/lib/drafts';
import {
  CASES,
  FORMS,
  NOT_RESILIENCE_FORMS,
  type AnyForm,
  type CaseName,
  type Coverage,
  type FieldSpec,
  type View,
} from '../form-resilience/forms';
import { hostile, LONG } from '../form-resilience/values';
import { demo, renderApp } from '../setup/render-app';

/**
 * Issue 9: every form is run through {401 on submit, an expired session while typing, a reload, a
 * 5xx, going offline} and comes back with what was typed byte-equal (emoji, right-to-left text,
 * combining marks, values at each field's limit), and, once it recovers, the record holds it
 * byte-equal (after the contract's trim) and exists exactly once. The forms are the table in
 * tests/form-resilience/forms.ts; each cell of it is a test here.
 */

type Field = FieldSpec<never>;
type User = View['user'];

const MINUTE = 60_000;
/** Past the mock API's idle expiry (30 minutes). */
const IDLE_EXPIRY_PASSED = 31 * MINUTE;
const REAUTHENTICATE = 'Sign in again to continue';
const SERVER_FAILED = /had a problem on its side/;
const UNREACHABLE = /could not reach the Member Hub/;
const TOOK_TOO_LONG = /took too long to answer/;
/** The client's timeout while the submit waits for an answer that never comes. */
const SHORT_TIMEOUT_MS = 300;

// ---------------------------------------------------------------------------------------------
// Strict comparison, with a failure message that says where (a 10,000-character diff says nothing).

const hex = (text: string) =>
  Array.from(text, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** Six code points from code unit `i` (from the pair's start when `i` falls inside one). */
const around = (text: string, i: number) => {
  const start = /[\uDC00-\uDFFF]/.test(text[i] ?? '') ? i - 1 : i;
  return Array.from(text.slice(start, start + 12))
    .slice(0, 6)
    .join('');
};

function firstDifference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i += 1;
  return (
    `lengths ${String(actual.length)} (actual) and ${String(expected.length)} (expected); first difference at ` +
    `${String(i)}: actual [${hex(around(actual, i))}], expected [${hex(around(expected, i))}]`
  );
}

function expectSameText(actual: unknown, expected: string, what: string) {
  expect(typeof actual, `${what}: not text`).toBe('string');
  const text = actual as string;
  expect(text === expected, `${what} changed: ${firstDifference(text, expected)}`).toBe(true);
}

// ---------------------------------------------------------------------------------------------
// Driving a form.

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const control = (scope: HTMLElement, field: Field) => within(scope).getByLabelText<Control>(field.label);

async function fill(user: User, scope: HTMLElement, field: Field) {
  const element = control(scope, field);
  switch (field.kind) {
    case 'text':
      await user.clear(element);
      // Pasted, as a person pastes a long text: typing 4,000 characters one by one takes minutes.
      await user.paste(field.value);
      // The test's own precondition: the field took the value as given.
      expectSameText(element.value, field.value, `${field.label} (as pasted)`);
      break;
    case 'select':
      await user.selectOptions(element, field.option);
      break;
    case 'date':
      await user.clear(element);
      await user.type(element, field.value);
      break;
    case 'check':
      if ((element as HTMLInputElement).checked !== field.checked) await user.click(element);
      break;
  }
}

async function fillAll(user: User, scope: HTMLElement, fields: readonly Field[]) {
  for (const field of fields) await fill(user, scope, field);
}

/** Every field still holds exactly what was typed (after a reload: but what a draft never keeps). */
function expectKept(scope: HTMLElement, fields: readonly Field[], { reloaded = false } = {}) {
  for (const field of fields) {
    const element = control(scope, field);
    switch (field.kind) {
      case 'text': {
        const expected = reloaded && field.inDraft === false ? '' : field.value;
        expectSameText(element.value, expected, field.label);
        expect(element).toHaveValue(expected);
        break;
      }
      case 'select':
      case 'date':
        expect(element).toHaveValue(field.value);
        break;
      case 'check':
        expect((element as HTMLInputElement).checked, field.label).toBe(field.checked);
        break;
    }
  }
}

function expectedStored(field: Field): unknown {
  if (field.expected !== undefined) return field.expected;
  switch (field.kind) {
    case 'text':
      return field.trimmed === false ? field.value : field.value.trim();
    case 'check':
      return field.checked;
    default:
      return field.value;
  }
}

/** The record exists exactly once and holds every value as sent (after the contract's trim). */
function expectStored(form: AnyForm) {
  const rows = form.landed();
  expect(rows, `${form.name}: records`).toHaveLength(1);
  const row = rows[0] as never;
  for (const field of form.fields) {
    if (!field.stored) continue;
    const actual = field.stored(row);
    const expected = expectedStored(field);
    if (typeof expected === 'string') expectSameText(actual, expected, `${field.label} (stored)`);
    else expect(actual, `${field.label} (stored)`).toEqual(expected);
  }
}

async function submit(user: User, scope: HTMLElement, form: AnyForm) {
  await user.click(within(scope).getByRole('button', { name: form.submit }));
}

/** The sign-in-again dialog is up; the person signs in there (with the demo password). */
async function signInAgain(user: User) {
  const dialog = await screen.findByRole('dialog', { name: REAUTHENTICATE });
  await user.type(within(dialog).getByLabelText('Password'), 'demo');
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
}

async function expectFailureShown(scope: HTMLElement, words: RegExp) {
  await waitFor(() => expect(within(scope).getAllByText(words).length).toBeGreaterThan(0));
}

// ---------------------------------------------------------------------------------------------
// The form's request: the faults that hit it, and a record of each time it is sent.

function endpointOf(form: AnyForm) {
  const route = routes[form.endpoint];
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => form.params[name] ?? '*');
  const pattern = new RegExp(`^/api/v1${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
  return {
    method: route.method,
    keyed: route.idempotencyKey,
    /** A glob for faults.add: any prefix, then the path (a `*` param is one segment). */
    glob: `**${path}`,
    matches: (request: Request) => request.method === route.method && pattern.test(new URL(request.url).pathname),
  };
}

/** The Idempotency-Key ('' for none) of each time the form's request is sent, faulted or not. */
function recordSends(form: AnyForm): string[] {
  const { matches } = endpointOf(form);
  const keys: string[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    if (matches(request)) keys.push(request.headers.get('Idempotency-Key') ?? '');
    return realFetch(request);
  });
  return keys;
}

function expectSent(form: AnyForm, keys: readonly string[], times: number) {
  expect(keys, `${form.name}: requests sent`).toHaveLength(times);
  // A keyed request keeps its key through every retry and replay: the API makes one record.
  if (endpointOf(form).keyed) {
    expect(keys[0]).not.toBe('');
    expect(new Set(keys).size).toBe(1);
  }
}

// ---------------------------------------------------------------------------------------------
// The cases.

async function start(form: AnyForm) {
  form.prepare?.();
  const view = await renderApp(form.url, form.actor ? { signedInAs: demo[form.actor] } : {});
  const scope = await form.open(view);
  return { view, scope, user: view.user };
}

const runCase: Record<CaseName, (form: AnyForm) => Promise<void>> = {
  async '401 on submit'(form) {
    const { method, glob } = endpointOf(form);
    const keys = recordSends(form);
    const { view, scope, user } = await start(form);
    faults.add({ method, path: glob, kind: 'status', status: 401, code: 'session_expired', times: 1 });
    await fillAll(user, scope, form.fields);
    await submit(user, scope, form);
    await screen.findByRole('dialog', { name: REAUTHENTICATE });
    expectKept(scope, form.fields);
    await signInAgain(user);
    await form.done(view);
    expectSent(form, keys, 2); // the 401, then the one replay
    expectStored(form);
  },

  async 'session expired while typing'(form) {
    const keys = recordSends(form);
    const { view, scope, user } = await start(form);
    const [first, ...rest] = form.fields;
    if (first) await fill(user, scope, first);
    // The person stops for a while in the middle of the form: the API's session ends.
    onTestFinished(() => {
      clock.set(null);
    });
    clock.advance(IDLE_EXPIRY_PASSED);
    await fillAll(user, scope, rest);
    await submit(user, scope, form);
    await screen.findByRole('dialog', { name: REAUTHENTICATE });
    expectKept(scope, form.fields);
    await signInAgain(user);
    await form.done(view);
    expectSent(form, keys, 2); // refused for the expired session, then the one replay
    expectStored(form);
  },

  async 'reload before submitting'(form) {
    const keys = recordSends(form);
    const first = await start(form);
    await fillAll(first.user, first.scope, form.fields);
    // A reload: the page and its memory go, this tab's sessionStorage (and the session) stay.
    cleanup();
    const view = await renderApp(form.url);
    const scope = await form.open(view);
    expectKept(scope, form.fields, { reloaded: true });
    // What a draft never keeps (a password) is typed again.
    for (const field of form.fields)
      if (field.kind === 'text' && field.inDraft === false) await fill(view.user, scope, field);
    await submit(view.user, scope, form);
    await form.done(view);
    expectSent(form, keys, 1);
    expectStored(form);
  },

  async '5xx on submit'(form) {
    const { method, glob, keyed } = endpointOf(form);
    const keys = recordSends(form);
    const { view, scope, user } = await start(form);
    // A keyed request is sent once more by the client itself: both attempts fail.
    faults.add({ method, path: glob, kind: 'status', status: 500, times: keyed ? 2 : 1 });
    await fillAll(user, scope, form.fields);
    await submit(user, scope, form);
    await expectFailureShown(scope, SERVER_FAILED);
    expectKept(scope, form.fields);
    await submit(user, scope, form);
    await form.done(view);
    expectSent(form, keys, keyed ? 3 : 2);
    expectStored(form);
  },

  async 'timeout on submit'(form) {
    const { method, glob } = endpointOf(form);
    const keys = recordSends(form);
    const { view, scope, user } = await start(form);
    // The API never answers; the client gives up (after a moment here, not 20 s). A timeout is not
    // retried by itself, keyed or not: it already took long.
    faults.add({ method, path: glob, kind: 'timeout', times: 1 });
    await fillAll(user, scope, form.fields);
    // Every request's timeout signal (src/api/client.ts `send`) is a short one until the failure shows.
    const realTimeout = AbortSignal.timeout.bind(AbortSignal);
    const shortTimeouts = vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => realTimeout(SHORT_TIMEOUT_MS));
    await submit(user, scope, form);
    await expectFailureShown(scope, TOOK_TOO_LONG);
    shortTimeouts.mockRestore();
    expectKept(scope, form.fields);
    await submit(user, scope, form);
    await form.done(view);
    expectSent(form, keys, 2);
    expectStored(form);
  },

  async 'offline on submit'(form) {
    const { method, glob, keyed } = endpointOf(form);
    const keys = recordSends(form);
    const { view, scope, user } = await start(form);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByText("You're offline.")).toBeInTheDocument();
    // No connection: every attempt fails before it reaches the API.
    faults.add({ method, path: glob, kind: 'network', times: Infinity });
    await fillAll(user, scope, form.fields);
    await submit(user, scope, form);
    await expectFailureShown(scope, UNREACHABLE);
    expectKept(scope, form.fields);

    faults.clear();
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.queryByText("You're offline.")).not.toBeInTheDocument());
    expectKept(scope, form.fields);
    await submit(user, scope, form);
    await form.done(view);
    expectSent(form, keys, keyed ? 3 : 2);
    expectStored(form);
  },
};

// ---------------------------------------------------------------------------------------------

const isRun = (coverage: Coverage): coverage is 'run' => coverage === 'run';

describe.each(FORMS.map((form) => [form.name, form] as const))('%s', (_name, form) => {
  const cells = CASES.map((caseName) => [caseName, form.cases[caseName]] as const);
  const run = cells.filter(([, coverage]) => isRun(coverage)).map(([caseName]) => caseName);
  if (run.length > 0) {
    it.each(run)('%s: what was typed comes back byte-equal, and the record is made once', async (caseName) => {
      await runCase[caseName](form);
    });
  }
  // The rest show in the report with their reason: n/a as skipped; a gap (the case applies, and the
  // app doesn't do it yet) as a todo.
  for (const [caseName, coverage] of cells) {
    if (coverage.startsWith('gap:')) it.todo(`${caseName}: ${coverage}`);
    else if (coverage.startsWith('n/a:')) it.skip(`${caseName}: ${coverage}`, () => undefined);
  }
});

describe('the table of forms', () => {
  const SRC = join(process.cwd(), 'src');

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });
  }

  it('lists every form in src/ (each useForm and <form>), or says why it is not one to test', () => {
    const listed = new Set([...FORMS.flatMap((form) => form.sources), ...Object.keys(NOT_RESILIENCE_FORMS)]);
    const forms = sourceFiles(SRC)
      .filter((path) => /\buseForm\s*[<(]|<form[\s>]/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(process.cwd(), path).split('\\').join('/'));
    expect(forms.length).toBeGreaterThan(10);
    expect(forms.filter((path) => !listed.has(path))).toEqual([]);
    // And nothing listed is gone: the table names files that hold a form.
    expect([...listed].filter((path) => !forms.includes(path))).toEqual([]);
  });

  it('says, for each form and case, whether it runs, or why not', () => {
    for (const form of FORMS)
      for (const caseName of CASES) expect(form.cases[caseName]).toMatch(/^(run|n\/a: .{20,}|gap: .{20,})$/);
  });

  it('fills free text with emoji, right-to-left text and combining marks, at exactly the limit', () => {
    for (const limit of [40, 80, 120, 200, 500, 4000, LONG]) {
      const value = hostile(limit);
      expect(value.trim()).toHaveLength(limit);
      expect(value).toHaveLength(limit + 2);
      expect(value.trim().normalize('NFC')).not.toBe(value.trim()); // normalisation would show
      expect(value).toMatch(/\u200F/u); // a right-to-left mark
      expect(value).toMatch(/\p{Script=Hebrew}|\p{Script=Arabic}/u);
      expect(value).toMatch(/\p{Extended_Pictographic}/u);
      expect(value).toMatch(/\p{M}/u); // combining marks
      expect(value).not.toMatch(/\p{Cs}/u); // never half a surrogate pair
    }
    expect(hostile(4000, { multiline: true })).toContain('\n');
    const untrimmed = hostile(200, { trimmed: false });
    expect(untrimmed).toHaveLength(200);
    expect(untrimmed.trim()).toBe(untrimmed);
  });
});

describe('beyond the limit', () => {
  it('keeps a 10,000-character question (over the 4,000 allowed) byte-equal through a reload, and says to shorten it', async () => {
    const question = hostile(LONG, { multiline: true });
    const first = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await first.user.click(screen.getByLabelText('Your question'));
    await first.user.paste(question);
    cleanup();

    const { user } = await renderApp('/m/riverton/memos/new');
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    const field = screen.getByLabelText<HTMLTextAreaElement>('Your question');
    expectSameText(field.value, question, 'Your question');
    expect(sessionStorage.getItem(draftKey('memo-request', 'ana-ortiz', 'riverton'))).toContain(
      JSON.stringify(question).slice(1, -1),
    );
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(expect.stringContaining('Keep the question under 4,000 characters')),
    );
    expectSameText(field.value, question, 'Your question');
  });
});
