import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { MEMO_FILE_WORDS } from '@/lib/memo-file';
import { pdfBytes, xlsxBytes } from '../fixtures/memo-files';
import { demo, renderApp } from '../setup/render-app';

const MEMO_TEXT = [
  'Three cities of Riverton’s size have run curbside composting pilots in the last five years.',
  '',
  '- Madison ran a 3,000-household pilot for two years at about $38 per household per year.',
  '- Ann Arbor folded food scraps into its yard-waste carts at little extra cost.',
  '',
  'We recommend a one-year opt-in pilot in two council districts, with a survey at six months.',
].join('\n');

/** A fresh request from Riverton, made as Mayor Ana Ortiz before the staff member signs in. */
async function riverton(title: string): Promise<string> {
  await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
  const request = await apiRequest('createMemoRequest', {
    params: { memberId: 'riverton' },
    body: {
      title,
      policyAreaId: 'climate-energy',
      question: 'What have comparable cities spent on curbside composting pilots, and what came of them?',
    },
    idempotencyKey: `staff-memos-${title}`,
  });
  return request.id;
}

describe('a memo request, worked by MIP policy staff (Morgan Hale)', () => {
  it('is assigned, moved along with a message, noted, and delivered; Ana sees each step, never the notes', async () => {
    const id = await riverton('Curbside composting pilots');
    const { user } = await renderApp('/staff?kind=memo_request&sort=newest', { signedInAs: demo.morgan });
    await user.click(await screen.findByRole('link', { name: 'Curbside composting pilots' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Curbside composting pilots' })).toBeInTheDocument();
    expect(screen.getByText('Not assigned')).toBeInTheDocument();
    expect(screen.getByText(/What have comparable cities spent/)).toBeInTheDocument();
    expect(screen.getByText("Riverton's memos").nextElementSibling).toHaveTextContent(/^\d of 3 used, \d left$/);

    await user.selectOptions(screen.getByLabelText('Assigned to'), 'Nadia Brooks, Senior Policy Analyst');
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    const record = screen.getByRole('region', { name: "MIP's record" });
    expect(await within(record).findByText('Assigned to Nadia Brooks')).toBeInTheDocument();
    expect(screen.getByText('Assigned to Nadia Brooks', { selector: 'span' })).toBeInTheDocument();

    const actions = screen.getByRole('region', { name: 'Answer the request' });
    await user.click(within(actions).getByRole('radio', { name: 'Scoping' }));
    await user.type(within(actions).getByLabelText('Message to the member'), 'Soon');
    await user.click(within(actions).getByRole('button', { name: 'Send and move it along' }));
    expect(await within(actions).findByText(/at least 10 characters/)).toBeInTheDocument();
    await user.type(within(actions).getByLabelText('Message to the member'), ': we will call your office this week.');
    await user.click(within(actions).getByRole('button', { name: 'Send and move it along' }));
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText('Soon: we will call your office this week.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Note'), 'Council vote is on Jan 12; keep the memo short.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const notes = screen.getByRole('region', { name: 'Internal notes' });
    expect(await within(notes).findByText('Council vote is on Jan 12; keep the memo short.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('The memo'), 'Too short.');
    await user.click(screen.getByRole('button', { name: 'Deliver the memo' }));
    expect(await screen.findByText(/at least 200 characters/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('The memo'));
    await user.click(screen.getByLabelText('The memo'));
    await user.paste(MEMO_TEXT);
    await user.click(screen.getByRole('button', { name: 'Deliver the memo' }));
    const memo = await screen.findByRole('region', { name: /^The memo, as delivered/ });
    expect(within(memo).getByText(/^Ann Arbor folded food scraps/).tagName).toBe('LI');
    expect(screen.queryByRole('region', { name: 'Answer the request' })).not.toBeInTheDocument();

    // Ana's side: every step and message, the memo, and nothing MIP kept for itself.
    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    const seen = await apiRequest('getMemoRequest', { params: { memoRequestId: id } });
    expect(seen.status).toBe('delivered');
    expect(seen.history.map((step) => step.status)).toEqual(['submitted', 'scoping', 'delivered']);
    expect(seen.history[1]?.message).toBe('Soon: we will call your office this week.');
    expect(seen.memo?.bodyHtml).toContain('<li>Ann Arbor folded food scraps');
    expect(JSON.stringify(seen)).not.toContain('Council vote is on Jan 12');
  });

  it('attaches the memo as a PDF; a file that is not one is refused next to the field, the text kept', async () => {
    const id = await riverton('Curbside compost, with the memo as a file');
    const { user } = await renderApp(`/staff/memo-requests/${id}`, { signedInAs: demo.morgan });
    await user.click(await screen.findByLabelText('The memo'));
    await user.paste(MEMO_TEXT);
    const fileField = screen.getByLabelText('The memo as a file (optional)');
    await user.upload(fileField, new File([xlsxBytes()], 'memo.docx'));
    await user.click(screen.getByRole('button', { name: 'Deliver the memo' }));
    expect(await screen.findByText(MEMO_FILE_WORDS.wrongKind)).toBeInTheDocument();
    expect(fileField).toHaveFocus();
    expect(screen.getByLabelText('The memo')).toHaveValue(MEMO_TEXT);

    await user.upload(fileField, new File([pdfBytes()], 'Compost memo.pdf', { type: 'application/pdf' }));
    expect(screen.queryByText(MEMO_FILE_WORDS.wrongKind)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Deliver the memo' }));
    const memo = await screen.findByRole('region', { name: /^The memo, as delivered/ });
    expect(within(memo).getByText(/With the file Compost memo\.pdf \(PDF, \d+ KB\)/)).toBeInTheDocument();

    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    const seen = await apiRequest('getMemoRequest', { params: { memoRequestId: id } });
    expect(seen.memo?.attachment).toMatchObject({ fileName: 'Compost memo.pdf', mediaType: 'application/pdf' });
  });

  it('lets a chosen file be taken off again before delivering', async () => {
    const id = await riverton('Curbside compost, file taken off');
    const { user } = await renderApp(`/staff/memo-requests/${id}`, { signedInAs: demo.morgan });
    const fileField = await screen.findByLabelText('The memo as a file (optional)');
    // A request opened from the inbox keeps the inbox as the current section.
    const sections = screen.getByRole('navigation', { name: 'MIP staff' });
    expect(within(sections).getByRole('link', { name: 'Inbox' })).toHaveAttribute('aria-current', 'page');
    await user.upload(fileField, new File([pdfBytes()], 'Compost memo.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Remove the file' }));
    expect(fileField).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Remove the file' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('The memo'));
    await user.paste(MEMO_TEXT);
    await user.click(screen.getByRole('button', { name: 'Deliver the memo' }));
    const memo = await screen.findByRole('region', { name: /^The memo, as delivered/ });
    expect(within(memo).queryByText(/With the file/)).not.toBeInTheDocument();
  });

  it('declines with a reason the member reads, and the memo goes back to the allowance', async () => {
    const id = await riverton('Four-day work week for city staff');
    const before = await apiRequest('getMemoAllowance', { params: { memberId: 'riverton' } });
    const { user } = await renderApp(`/staff/memo-requests/${id}`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Four-day work week for city staff' });
    await user.type(
      screen.getByLabelText('Why MIP declines it'),
      'This is an HR policy question outside our memo program.',
    );
    await user.click(screen.getByRole('button', { name: 'Decline the request' }));
    expect(await screen.findByText('Declined by MIP')).toBeInTheDocument();
    expect(screen.getByText("Riverton's memos").nextElementSibling).toHaveTextContent(
      `${before.used - 1} of 3 used, ${before.remaining + 1} left`,
    );
  });

  it('says so, and shows the request as it now stands, when a colleague changed it first', async () => {
    const id = await riverton('Speed cameras near schools');
    const { user } = await renderApp(`/staff/memo-requests/${id}`, { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Speed cameras near schools' });
    // Meanwhile, in another tab, the request is moved to scoping.
    await apiRequest('progressMemoRequest', {
      params: { memoRequestId: id },
      body: { status: 'scoping', message: 'Scoping it with your chief of staff first.' },
    });
    await user.type(screen.getByLabelText('Note'), 'Check the state law on automated enforcement.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone at MIP changed this request since you opened it');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText('Scoping it with your chief of staff first.')).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('Check the state law on automated enforcement.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Internal notes' })).getByText(
          'Check the state law on automated enforcement.',
        ),
      ).toBeInTheDocument(),
    );
  });
});
