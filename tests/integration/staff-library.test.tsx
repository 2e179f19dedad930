import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

const DRAFT_TITLE = 'Winter Meeting 2027 briefing book';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function paste(user: User, label: string, value: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(value);
}

describe('the library, as MIP programs and policy staff keep it (Morgan Hale)', () => {
  it('lists drafts and published books by tab, and finds one by its words', async () => {
    const { user } = await renderApp('/staff/library', { signedInAs: demo.morgan });
    const all = await screen.findByRole('list', { name: 'Books and resources, latest change first' });
    expect(within(all).getByRole('link', { name: DRAFT_TITLE })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Drafts' }));
    const drafts = await screen.findByRole('list', { name: 'Drafts, latest change first' });
    expect(within(drafts).getAllByRole('listitem')).toHaveLength(1);
    expect(within(drafts).getByText('Draft')).toBeInTheDocument();

    await paste(user, 'Words in the title or summary', 'no such words anywhere');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No draft matches.')).toBeInTheDocument();
  });

  it('writes a resource as a draft with a section, previews it, and publishes it for members', async () => {
    const { user, unmount } = await renderApp('/staff/library/new', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Write a book or resource' });
    await paste(user, 'Title', 'Cooling centers that people use');
    await paste(user, 'Summary', 'What makes residents go to a cooling center on the hottest days.');
    await user.selectOptions(screen.getByLabelText('Policy area'), 'Public health');
    await paste(user, 'Introduction (optional)', 'Cities can **act** now.\n\n- Open late\n- Bring pets');
    await user.click(screen.getByRole('button', { name: 'Add a section' }));
    await paste(user, 'Section 1 title', 'What residents told us');
    await user.click(screen.getByRole('button', { name: 'Add a reading to section 1' }));
    await paste(user, 'Reading 1 title', 'Heat and health');
    await paste(user, 'Reading 1 web address (optional)', 'https://example.org/heat');
    await user.click(screen.getByRole('button', { name: 'Save as a draft' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cooling centers that people use' }),
    ).toBeInTheDocument();
    expect(screen.getByText("Draft: members can't see it")).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'As members read it' });
    expect(within(preview).getByText('act', { selector: 'strong' })).toBeInTheDocument();
    expect(within(preview).getByText('Open late')).toBeInTheDocument();
    expect(within(preview).getByRole('heading', { level: 2, name: 'What residents told us' })).toBeInTheDocument();
    expect(within(preview).getByRole('link', { name: /Heat and health/ })).toHaveAttribute(
      'href',
      'https://example.org/heat',
    );

    await user.click(screen.getByRole('button', { name: 'Publish to the library' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish Cooling centers that people use?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes, publish it' }));
    expect(await screen.findByText('Published: in the library')).toBeInTheDocument();
    unmount();

    const ana = await renderApp('/m/riverton/library?q=cooling%20centers%20people', { signedInAs: demo.ana });
    await ana.user.click(await screen.findByRole('link', { name: 'Cooling centers that people use' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'What residents told us' })).toBeInTheDocument();
  });

  it('says at the field what is missing, keeping what was typed', async () => {
    const { user } = await renderApp('/staff/library/new', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Write a book or resource' });
    await user.selectOptions(screen.getByLabelText('Kind'), 'Briefing book (for a meeting)');
    await paste(user, 'Title', 'Housing convening readings');
    await user.click(screen.getByRole('button', { name: 'Save as a draft' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose a policy area' })).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Choose the meeting this briefing book is for' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Housing convening readings');
  });

  it('edits a published book of the seed: its content comes back in the editor, and members see the change', async () => {
    const { user, unmount } = await renderApp('/staff/library/bb-winter-2026/edit', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Edit Winter Meeting 2026 briefing book' });
    expect(screen.getByText(/members see your changes in the library as soon as you save them/)).toBeInTheDocument();
    expect(screen.getByLabelText('Section 1 title')).not.toHaveValue('');
    await user.clear(screen.getByLabelText('Summary'));
    await paste(user, 'Summary', 'Panels, speakers and readings, with the slides from every session.');
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2026 briefing book' });
    unmount();

    await renderApp('/m/riverton/library?q=slides%20from%20every%20session', { signedInAs: demo.ana });
    expect(await screen.findByRole('link', { name: 'Winter Meeting 2026 briefing book' })).toBeInTheDocument();
  });

  it('unpublishes a book after asking, and a member no longer finds it', async () => {
    const { user, unmount } = await renderApp('/staff/library/bb-winter-2026', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2026 briefing book' });
    await user.click(screen.getByRole('button', { name: 'Unpublish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unpublish Winter Meeting 2026 briefing book?' });
    expect(dialog).toHaveTextContent(/members who saved it no longer see it/);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, unpublish it' }));
    expect(await screen.findByText("Draft: members can't see it")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    unmount();

    await renderApp('/m/riverton/library/bb-winter-2026', { signedInAs: demo.ana });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not in the library' })).toBeInTheDocument();
  });

  it('is in the staff navigation for programs and policy staff, not for finance staff', async () => {
    const morgan = await renderApp('/staff', { signedInAs: demo.morgan });
    const nav = await screen.findByRole('navigation', { name: 'MIP staff' });
    expect(within(nav).getByRole('link', { name: 'Library' })).toBeInTheDocument();
    morgan.unmount();

    await renderApp('/staff', { signedInAs: demo.theo });
    const financeNav = await screen.findByRole('navigation', { name: 'MIP staff' });
    expect(within(financeNav).getByRole('link', { name: 'Invoices' })).toBeInTheDocument();
    expect(within(financeNav).queryByRole('link', { name: 'Library' })).not.toBeInTheDocument();
  });
});
