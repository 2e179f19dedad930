import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@mocks/db/db';
import { formatDate, formatLongDate } from '@/lib/format';
import { demo, renderApp } from '../setup/render-app';

/** The seeded invoice of this membership year (the seed follows today's date). */
function currentInvoiceRow(memberId: string) {
  const invoices = getDb()
    .invoices.filter((i) => i.memberId === memberId)
    .sort((a, b) => b.membershipYearLabel.localeCompare(a.membershipYearLabel));
  const invoice = invoices[0];
  if (!invoice) throw new Error(`No invoice for ${memberId}`);
  return invoice;
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('the dues page', () => {
  it('is in the member nav and linked from the dashboard’s dues summary', async () => {
    const { user, router } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    const nav = await screen.findByRole('navigation', { name: 'Member hub' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links.indexOf('Dues')).toBe(links.indexOf('Settings') - 1);

    const summary = await screen.findByRole('region', { name: 'Dues' });
    await user.click(await within(summary).findByRole('link', { name: 'See dues and invoices' }));
    await screen.findByRole('heading', { level: 1, name: 'Dues' });
    expect(router.state.location.pathname).toBe('/m/riverton/dues');
    expect(within(nav).getByRole('link', { name: 'Dues' })).toHaveAttribute('aria-current', 'page');
  });

  it("tells next year's dues when MIP recorded a newer population, and keeps this year's", async () => {
    const riverton = getDb().members.find((m) => m.id === 'riverton');
    if (!riverton) throw new Error('No Riverton in the seed');
    riverton.populationChange = {
      population: 305_000,
      source: 'US Census Bureau, 2025 population estimate',
      asOf: '2025-07-01',
      appliesFrom: '2027-07-01',
      recordedAt: '2026-11-20T15:00:00.000Z',
      recordedById: 'theo-grant',
    };
    await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    const fee = await screen.findByRole('region', { name: 'Your annual dues' });
    expect(within(fee).getByText('$4,000.00 a year')).toBeInTheDocument();
    expect(within(fee).getByText('Your dues for 2027–28')).toBeInTheDocument();
    expect(
      within(fee).getByText(
        "MIP has a newer population for your city: 305,000. From the 2027–28 membership year (Jul 1, 2027), your dues are $5,000.00 a year, for cities of 300,000–399,999 people. This year's invoice stays as it is.",
      ),
    ).toBeInTheDocument();
  });

  it("shows Ana's open invoice on a two-payment plan: the first paid, the second due", async () => {
    const row = currentInvoiceRow('riverton');
    const [first, second] = row.instalments;
    await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dues' });

    const fee = screen.getByRole('region', { name: 'Your annual dues' });
    expect(fee).toHaveTextContent('$4,000.00 a year for cities of 200,000–299,999 people; population on file 212,000.');
    expect(within(fee).getByText(/^Member through/)).toBeInTheDocument();
    expect(within(fee).getByText('Two payments a year')).toBeInTheDocument();

    const invoice = screen.getByRole('region', { name: `${row.membershipYearLabel} invoice` });
    expect(within(invoice).getByText('Open')).toBeInTheDocument();
    expect(within(invoice).getByText('Paid so far').nextElementSibling).toHaveTextContent('$2,000.00');
    const payments = rowsOf(within(invoice).getByRole('table', { name: `Payments for ${row.membershipYearLabel}` }));
    expect(payments).toHaveLength(2);
    expect(payments[0]).toHaveTextContent(
      `1 of 2${formatDate(first?.dueOn ?? '')}$2,000.00Paid ${formatDate(first?.paidOn ?? '')}`,
    );
    expect(payments[1]).toHaveTextContent(`2 of 2${formatDate(second?.dueOn ?? '')}$2,000.00Due`);

    // One payment is left: paying it is the whole balance, so there is one card button.
    expect(within(invoice).getByRole('button', { name: 'Pay $2,000.00 by card' })).toBeInTheDocument();
    // Money is written one way on the page, to the cent: nowhere "$2,000.00" beside "$2,000".
    const amounts = screen.getByRole('main').textContent.match(/\$[\d,]+(?:\.\d\d)?/g) ?? [];
    expect(amounts.length).toBeGreaterThan(3);
    expect(amounts.filter((amount) => !amount.includes('.'))).toEqual([]);
    expect(within(invoice).queryByRole('button', { name: /full balance/ })).not.toBeInTheDocument();
    expect(within(invoice).getByRole('link', { name: 'Request an invoice instead' })).toHaveAttribute(
      'href',
      '/m/riverton/dues/invoice-request',
    );
    expect(within(invoice).getByRole('link', { name: 'Change payment schedule' })).toHaveAttribute(
      'href',
      '/m/riverton/dues/plan',
    );
    expect(screen.getByRole('link', { name: 'Ask for financial assistance' })).toHaveAttribute(
      'href',
      '/m/riverton/dues/assistance',
    );
    const packet = screen.getByRole('region', { name: 'Membership packet' });
    expect(packet).toHaveTextContent('once the dues are paid in full');
    expect(packet).toHaveTextContent('within 2–3 weeks of payment');
    expect(screen.queryByRole('region', { name: 'Billing details' })).not.toBeInTheDocument();

    // Every year's invoice, newest first, each with its invoice or receipt.
    const history = within(screen.getByRole('region', { name: 'Invoices by membership year' })).getAllByRole(
      'listitem',
    );
    expect(history.length).toBeGreaterThan(1);
    expect(history[0]).toHaveTextContent(row.membershipYearLabel);
    expect(within(history[0] as HTMLElement).getByRole('link', { name: /^Invoice/ })).toHaveAttribute(
      'href',
      `/m/riverton/dues/invoices/${row.id}`,
    );
    expect(history[1]).toHaveTextContent('Paid');
    expect(within(history[1] as HTMLElement).getByRole('link', { name: /^Receipt/ })).toBeInTheDocument();
  });

  it("shows Marcus's paid year, its receipt, and the packet on its way or sent", async () => {
    const row = currentInvoiceRow('lakeport');
    const paidOn = row.instalments[0]?.paidOn ?? '';
    const { user } = await renderApp('/m/lakeport/dues', { signedInAs: demo.marcus });
    await screen.findByRole('heading', { level: 1, name: 'Dues' });
    expect(screen.getByRole('region', { name: 'Your annual dues' })).toHaveTextContent(
      '$8,000.00 a year for cities of 1,000,000 or more people; population on file 1,250,000.',
    );
    const invoice = screen.getByRole('region', { name: `${row.membershipYearLabel} invoice` });
    expect(within(invoice).getByText('Paid', { selector: 'span' })).toBeInTheDocument();
    expect(within(invoice).getByText('Paid in full').nextElementSibling).toHaveTextContent(formatDate(paidOn));
    expect(within(invoice).queryByRole('button', { name: /by card/ })).not.toBeInTheDocument();
    expect(within(invoice).queryByRole('link', { name: 'Change payment schedule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Financial assistance' })).not.toBeInTheDocument();
    const packet = screen.getByRole('region', { name: 'Membership packet' });
    expect(within(packet).getByText(/^(Sent|Being prepared)$/)).toBeInTheDocument();

    await user.click(within(invoice).getByRole('link', { name: /See the receipt/ }));
    await screen.findByRole('heading', { level: 1, name: `Receipt ${row.number}` });
    expect(screen.getByText(`Paid in full on ${formatLongDate(paidOn)}. Thank you.`)).toBeInTheDocument();
    expect(screen.getByText('City of Lakeport, IL')).toBeInTheDocument();
    expect(screen.getByText('Mayor Marcus Bell')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Remit to' }).nextElementSibling).toHaveTextContent(
      'Mayors Innovation Project',
    );
    expect(screen.getByRole('table', { name: 'What this invoice is for' })).toHaveTextContent(
      `Membership dues, ${row.membershipYearLabel} membership year`,
    );
    expect(screen.getByRole('table', { name: 'What this invoice is for' })).toHaveTextContent(
      'annual dues for cities of 1,000,000 or more people$8,000.00',
    );
  });

  it("shows Dana's overdue invoice, the grace period, and her confidential assistance request under review", async () => {
    const row = currentInvoiceRow('cedar-falls');
    const due = row.instalments[0];
    await renderApp('/m/cedar-falls/dues', { signedInAs: demo.dana });
    await screen.findByRole('heading', { level: 1, name: 'Dues' });
    expect(
      screen.getByText(`A payment of $750.00 was due on ${formatDate(due?.dueOn ?? '')}`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText(/membership is in its grace period until/)).toBeInTheDocument();
    // A name ending in s takes the apostrophe alone (US style), everywhere the city is named.
    expect(screen.getByText(/^Cedar Falls' membership dues:/)).toBeInTheDocument();
    expect(screen.getByText(/^Cedar Falls' membership is in its grace period/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Falls[’']s/);
    const invoice = screen.getByRole('region', { name: `${row.membershipYearLabel} invoice` });
    expect(within(invoice).getAllByText('Overdue')).toHaveLength(2); // the invoice and its payment
    expect(within(invoice).getByRole('button', { name: 'Pay $750.00 by card' })).toBeInTheDocument();

    const assistance = screen.getByRole('region', { name: 'Financial assistance' });
    expect(within(assistance).getByText('Under review')).toBeInTheDocument();
    expect(within(assistance).getByText('Confidential')).toBeInTheDocument();
    expect(within(assistance).getByText('The city can pay').nextElementSibling).toHaveTextContent('$250.00');
    expect(within(assistance).getByText(/only the mayor, staff the mayor gave access to dues, and MIP/)).toBeVisible();
    expect(within(assistance).queryByRole('link', { name: /Ask for financial assistance/ })).not.toBeInTheDocument();
  });

  it('shows the printable invoice with its schedule and a Print button', async () => {
    const row = currentInvoiceRow('riverton');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp(`/m/riverton/dues/invoices/${row.id}`, { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: `Invoice ${row.number}` });
    expect(row.number).toMatch(/^MIP-\d{4}-\d{4}$/);
    expect(screen.getByText('City of Riverton, WI')).toBeInTheDocument();
    expect(screen.getByText('Issued').nextElementSibling).toHaveTextContent(formatDate(row.issuedOn));
    expect(rowsOf(screen.getByRole('table', { name: `Payments for ${row.membershipYearLabel}` }))).toHaveLength(2);
    expect(screen.getByText('Balance due').nextElementSibling).toHaveTextContent('$2,000.00');
    expect(screen.queryByText(/Paid in full on/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print invoice' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says plainly when an invoice does not exist or is another city’s', async () => {
    const lakeport = currentInvoiceRow('lakeport');
    await renderApp(`/m/riverton/dues/invoices/${lakeport.id}`, { signedInAs: demo.ana });
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your dues and invoices' })).toHaveAttribute(
      'href',
      '/m/riverton/dues',
    );
  });
});
