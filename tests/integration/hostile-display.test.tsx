import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { getDb } from '@mocks/db/db';
import { apiRequest } from '@/api/client';
import { DISPLAY_NAUGHTY_STRINGS as N } from '../fixtures/naughty-strings';
import { demo, renderApp } from '../setup/render-app';

/**
 * Hostile input on screen (issue 9): nasty strings put into records through the API by the people
 * who own them, then the pages that show them rendered by the real app. Each string must be on the
 * page exactly as typed (no escaping shown, no mangling), nothing in it may become an element or a
 * handler, and nothing may run: `window.alert` is never called. The setup already fails a test on
 * any console.error.
 */

let alerts: MockInstance[] = [];

beforeEach(() => {
  alerts = (['alert', 'confirm', 'prompt'] as const).map((name) =>
    vi.spyOn(window, name).mockImplementation(() => {
      throw new Error(`window.${name} was called: hostile input ran`);
    }),
  );
});

afterEach(() => {
  for (const spy of alerts) expect(spy).not.toHaveBeenCalled();
});

const key = (): string => crypto.randomUUID();

/** Nothing a person typed became markup: no script, frame, handler attribute or javascript: link. */
function expectNoInjectedMarkup(): void {
  expect(document.querySelectorAll('script, iframe, object, embed, img[src="x"], svg[onload]')).toHaveLength(0);
  const withHandlers = [...document.querySelectorAll('*')].filter((el) =>
    [...el.attributes].some((attribute) => attribute.name.toLowerCase().startsWith('on')),
  );
  expect(withHandlers.map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
  const scriptLinks = [...document.querySelectorAll('[href], [src], [action]')].filter((el) =>
    ['href', 'src', 'action'].some((name) => /^\s*javascript:/i.test(el.getAttribute(name) ?? '')),
  );
  expect(scriptLinks).toHaveLength(0);
}

/** The exact text is on the page: in an element of its own, or inside a longer line ("Dietary: …"). */
function expectShown(value: string, within: HTMLElement = document.body): void {
  expect(within.textContent, `${JSON.stringify(value)} on the page`).toContain(value);
}

describe('hostile text on screen: shown exactly, never run', () => {
  it('memo requests: the list, the request page and the access history', async () => {
    // Jordan asks for Ana (a delegate): the title also goes into her access history.
    await apiRequest('signIn', { body: { email: demo.jordan, password: 'demo' } });
    const title = N.img;
    const question = `${N.script} ${N.entities} ${N.zalgo} ${N.template}`;
    const background = `${N.svg} ${N.rtl} ${N.emoji}`;
    const memo = await apiRequest('createMemoRequest', {
      params: { memberId: 'riverton' },
      body: { title, policyAreaId: 'housing', question, background, desiredDate: null },
      idempotencyKey: key(),
    });
    expect(memo.title).toBe(title);

    const { user } = await renderApp('/m/riverton/memos', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Policy memos' });
    expect(screen.getByRole('link', { name: title })).toBeInTheDocument();
    expectNoInjectedMarkup();

    await user.click(screen.getByRole('link', { name: title }));
    expect(await screen.findByRole('heading', { level: 1, name: title })).toHaveTextContent(title);
    expect(screen.getByText(question, { exact: true })).toBeInTheDocument();
    expect(screen.getByText(background, { exact: true })).toBeInTheDocument();
    expectNoInjectedMarkup();

    await user.click(screen.getByRole('link', { name: 'Delegates' }));
    await screen.findByRole('heading', { level: 1, name: 'Delegates' });
    await user.click(screen.getByRole('link', { name: 'Access history' }));
    const history = await screen.findByRole('list', { name: 'Access history, newest first' });
    expectShown(`“${title}”`, history);
    expectNoInjectedMarkup();
  });

  it("a meeting's registrations: the attendee's name, title, needs, arrival and travel note", async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    const attendee = {
      kind: 'council' as const,
      name: N.svg,
      title: N.sql,
      email: 'casey.quinn@riverton.example',
      dietaryNeeds: N.script,
      accessibilityNeeds: N.entities,
      arrival: `${N.zalgo} ${N.emoji}`,
      travelSupport: { estimatedCostCents: 85_000, note: N.template },
    };
    await apiRequest('createRegistrations', {
      params: { memberId: 'riverton' },
      body: { meetingId: 'housing-affordability-convening', attendees: [attendee] },
      idempotencyKey: key(),
    });

    await renderApp('/m/riverton/meetings/housing-affordability-convening', { signedInAs: demo.ana });
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    expect(within(section).getByText(N.svg, { exact: true })).toBeInTheDocument();
    expectShown(N.sql, section);
    expectShown(`Dietary: ${N.script}`, section);
    expectShown(`Accessibility: ${N.entities}`, section);
    expectShown(`Arrival: ${attendee.arrival}`, section);
    expectShown(N.template, section);
    expect(within(section).getByRole('button', { name: `Change needs for ${N.svg}` })).toBeInTheDocument();
    expectNoInjectedMarkup();
  });

  it('the invoice: billing contact, address and purchase-order number', async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    const billing = {
      contactName: N.img,
      contactEmail: 'finance@riverton.example',
      addressLine1: N.script,
      addressLine2: N.rtl,
      city: N.zalgo,
      state: 'WI' as const,
      postalCode: '53703',
      purchaseOrderNumber: N.sql,
    };
    const invoice = await apiRequest('requestInvoice', {
      params: { memberId: 'riverton' },
      body: billing,
      idempotencyKey: key(),
    });

    await renderApp(`/m/riverton/dues/invoices/${invoice.id}`, { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: new RegExp(invoice.number) });
    expectShown(N.img);
    expectShown(N.script);
    expectShown(N.rtl);
    expectShown(N.zalgo);
    expect(screen.getAllByText(N.sql, { exact: true }).length).toBeGreaterThan(0);
    expectNoInjectedMarkup();
  });

  it("the Delegates page: delegates' names", async () => {
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    for (const [name, email] of [
      [N.script, 'robin.script@riverton.example'],
      [N.link, 'robin.link@riverton.example'],
    ] as const) {
      await apiRequest('createDelegation', {
        params: { memberId: 'riverton' },
        body: { name, email, scopes: ['meetings'], endsOn: null },
        idempotencyKey: key(),
      });
    }

    await renderApp('/m/riverton/access', { signedInAs: demo.ana });
    const current = await screen.findByRole('region', { name: 'Who can act for you' });
    expect(within(current).getByText(N.script, { exact: true })).toBeInTheDocument();
    expect(within(current).getByText(N.link, { exact: true })).toBeInTheDocument();
    expect(within(current).getByRole('button', { name: `Revoke access for ${N.link}` })).toBeInTheDocument();
    expectNoInjectedMarkup();
  });

  it("a preview's reason in the member's access history", async () => {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    const reason = `${N.img} ${N.entities}`;
    await apiRequest('startPreview', { body: { memberId: 'riverton', reason } });
    await apiRequest('endPreview');

    await renderApp('/m/riverton/access/history', { signedInAs: demo.ana });
    const history = await screen.findByRole('list', { name: 'Access history, newest first' });
    expectShown(`Reason: ${reason}`, history);
    expectNoInjectedMarkup();
  });

  it("a new city's application on its welcome page", async () => {
    const application = await apiRequest('createApplication', {
      body: {
        city: N.rtl,
        state: 'TN',
        population: 31_400,
        mayorName: N.zalgo,
        email: 'robin.hart@oakridge.example',
        termStartedOn: '2025-01-06',
        billingContactName: N.svg,
        billingContactEmail: 'finance@oakridge.example',
        password: 'a long enough password',
      },
      idempotencyKey: key(),
    });
    expect(application.city).toBe(N.rtl);

    // The application signed its mayor in.
    await renderApp('/welcome');
    await screen.findByRole('heading', { level: 1 });
    expectShown(N.rtl);
    expectShown(N.svg);
    expectNoInjectedMarkup();
  });
});

describe('limits the API sets are said on the form first', () => {
  it('refuses a 21st person on the registration form with the API’s own words, before sending', async () => {
    const before = getDb().registrations.length;
    await renderApp('/m/riverton/meetings/winter-2027/register', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: /^Register for the / });
    for (let n = 2; n <= 21; n += 1) fireEvent.click(screen.getByRole('button', { name: 'Add another person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Register 21 people' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Register at most 20 people at a time' });
    expect(link).toHaveAttribute('href', '#add-attendee');
    expect(getDb().registrations.length, 'nothing was sent').toBe(before);
  });
});
