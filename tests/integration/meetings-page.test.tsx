import { screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

describe('a meeting’s page', () => {
  it('opens from the dashboard’s Next meetings, which also links to all meetings', async () => {
    const { user } = await renderApp('/m/riverton', { signedInAs: demo.ana });
    const widget = await screen.findByRole('region', { name: 'Next meetings' });
    expect(await within(widget).findByRole('link', { name: 'All meetings' })).toHaveAttribute(
      'href',
      '/m/riverton/meetings',
    );
    await user.click(within(widget).getByRole('link', { name: 'Winter Meeting 2027' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2027' })).toBeInTheDocument();
  });

  it('shows the facts of Winter Meeting 2027 in Eastern time, and the reader’s time when it differs', async () => {
    await renderApp('/m/riverton/meetings/winter-2027', { signedInAs: demo.ana });
    expect(await screen.findByRole('heading', { level: 1, name: 'Winter Meeting 2027' })).toBeInTheDocument();
    const when = screen.getByText('When').nextElementSibling;
    expect(when).toHaveTextContent(/Jan 20, 2027, 9:00\sAM\s.*Jan 22, 2027, 12:00\sPM\sEST/);
    // The tests run in UTC, so the reader's time is shown too.
    expect(when).toHaveTextContent(/Your time: Jan 20, 2027, 2:00\sPM\s.*UTC/);
    expect(screen.getByText('Where').nextElementSibling).toHaveTextContent(
      'The Capitol Hill Conference Center400 New Jersey Ave NW, Washington, DC',
    );
    expect(screen.getByText('Registration').nextElementSibling).toHaveTextContent(
      'Registration open until Jan 6, 2027',
    );
    expect(screen.getByText('Seats').nextElementSibling).toHaveTextContent(/^400 seats · \d+ left$/);
    expect(screen.getByText('Travel support').nextElementSibling).toHaveTextContent('Not offered');

    const agenda = screen.getByRole('region', { name: 'Agenda' });
    expect(within(agenda).getByText('Times are Eastern Standard Time.')).toBeInTheDocument();
    const firstDay = within(agenda).getByRole('heading', { level: 3, name: 'Wednesday, January 20' });
    const first = within(firstDay.parentElement as HTMLElement).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(/^9:00\sAMWelcome and opening plenary/);
    expect(screen.getByText('No one from your city is registered for this meeting.')).toBeInTheDocument();
  });

  it('shows the city’s registrations, with who registered each one', async () => {
    await renderApp('/m/riverton/meetings/summer-2026', { signedInAs: demo.ana });
    const section = await screen.findByRole('region', { name: "Your city's registrations" });
    const [ana, jordan] = within(section).getAllByRole('listitem');
    expect(ana).toHaveTextContent('Ana Ortiz');
    expect(ana).toHaveTextContent('Registered by Jordan Lee for Mayor Ana Ortiz');
    expect(ana).toHaveTextContent('Registered');
    expect(jordan).toHaveTextContent('Jordan Lee');
    expect(screen.getByText('Registration').nextElementSibling).toHaveTextContent(/^Registration closed /);
  });

  it('answers "Meeting not found" for an invite-only meeting the city was not invited to', async () => {
    await renderApp('/m/cedar-falls/meetings/housing-affordability-convening', { signedInAs: demo.dana });
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all meetings' })).toHaveAttribute('href', '/m/cedar-falls/meetings');
  });

  it('downloads the meeting as an .ics file (CRLF, stable UID, UTC start, escaped location)', async () => {
    // jsdom has no Blob URLs and no downloads: capture the Blob and the click instead.
    const blobs: Blob[] = [];
    const original = { createObjectURL: URL.createObjectURL.bind(URL), revokeObjectURL: URL.revokeObjectURL.bind(URL) };
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:ics');
    URL.revokeObjectURL = () => undefined;
    onTestFinished(() => {
      Object.assign(URL, original);
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderApp('/m/riverton/meetings/winter-2027', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('button', { name: 'Add to calendar' }));
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    expect((clicks.mock.contexts[0] as HTMLAnchorElement).download).toBe('winter-2027.ics');

    const text = await (blobs[0] as Blob).text();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('UID:winter-2027@mayorsinnovation.example');
    expect(lines).toContain('DTSTART:20270120T140000Z');
    expect(lines).toContain('SUMMARY:Winter Meeting 2027');
    expect(lines).toContain('LOCATION:The Capitol Hill Conference Center\\, 400 New Jersey Ave NW\\, Washington\\, DC');
  });
});
