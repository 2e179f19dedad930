import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demo, renderApp } from '../setup/render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function paste(user: User, label: string, value: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(value);
}

describe("a city's record, as MIP's finance staff keep it (Theo Grant)", () => {
  it('opens from the member cities, says why the status is what it is, and shows the population', async () => {
    const { user } = await renderApp('/staff/members', { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: 'Member cities' });
    await user.click(screen.getByRole('link', { name: 'Cedar Falls, IA' }));

    await screen.findByRole('heading', { level: 1, name: 'Cedar Falls, IA' });
    expect(screen.getByText('In grace')).toBeInTheDocument();
    expect(screen.getByText(/is unpaid: the city is in its 90 days of grace/)).toBeInTheDocument();
    expect(screen.getByText('8,400 (US Census Bureau, 2020 Census, as of Apr 1, 2020)')).toBeInTheDocument();
    expect(screen.getByText('dana.whitfield@cedarfalls.example')).toBeInTheDocument();
  });

  it('says what a new figure does to the dues before saving, then records it for next year', async () => {
    const { user } = await renderApp('/staff/members/riverton', { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: 'Riverton, WI' });
    const form = screen.getByRole('form', { name: 'Record a new population' });

    // Nothing typed: the page still says the tier waits for next year.
    await user.click(within(form).getByRole('button', { name: 'Record population' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Population')).toHaveAccessibleDescription(/Enter the city's population/),
    );
    expect(within(form).getByText(/from the 2027–28 membership year's invoice \(Jul 1, 2027\)/)).toBeInTheDocument();

    await paste(user, 'Population', '305,000');
    expect(
      within(form).getByText(
        "Riverton's dues go from $4,000 to $5,000 a year (300,000–399,999 people) from the 2027–28 membership year's invoice (Jul 1, 2027). This year's invoice stays as it is.",
      ),
    ).toBeInTheDocument();
    await paste(user, 'Where the figure comes from', 'US Census Bureau, 2025 population estimate');
    await paste(user, 'The date the figure counts', '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Record population' }));
    // A count can't be of the future: the API says so at the field, and nothing typed is lost.
    expect(
      await within(form).findByText('Enter the date the figure counts: it must be today or earlier'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Population')).toHaveValue('305,000');

    await user.clear(within(form).getByLabelText('The date the figure counts'));
    await paste(user, 'The date the figure counts', '2025-07-01');
    await user.click(within(form).getByRole('button', { name: 'Record population' }));

    expect(await screen.findByText('Population recorded: it applies from Jul 1, 2027')).toBeInTheDocument();
    expect(
      screen.getByText(/^305,000 \(US Census Bureau, 2025 population estimate, as of Jul 1, 2025\): \$5,000 a year/),
    ).toBeInTheDocument();
    expect(screen.getByText('212,000 (US Census Bureau, 2020 Census, as of Apr 1, 2020)')).toBeInTheDocument();
    const record = screen.getByRole('region', { name: "MIP's record" });
    expect(within(record).getByText('Recorded a population of 305,000, applying from Jul 1, 2027')).toBeInTheDocument();
    expect(within(form).getByLabelText('Population')).toHaveValue('');
  });
});

describe("a city's new mayor, as MIP's finance staff record it (Theo Grant)", () => {
  it('says what happens to the former mayor, answers at the field, then puts the new mayor on the record', async () => {
    const { user } = await renderApp('/staff/members/riverton', { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: 'Riverton, WI' });
    const form = screen.getByRole('form', { name: 'Record a new mayor' });
    expect(within(form).getByText(/Mayor Ana Ortiz's account leaves Riverton/)).toBeInTheDocument();
    expect(within(form).getByText(/the access they gave their staff ends/)).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Record new mayor' }));
    await waitFor(() =>
      expect(within(form).getByLabelText("The new mayor's name")).toHaveAccessibleDescription(
        /Enter the new mayor's name/,
      ),
    );

    await paste(user, "The new mayor's name", 'Rosa Delgado');
    await paste(user, 'Their e-mail address', 'jordan.lee@riverton.example');
    await paste(user, 'The day their term started', '2026-11-02');
    await user.click(within(form).getByRole('button', { name: 'Record new mayor' }));
    // Jordan Lee has an account: the API says so at the field, and nothing typed is lost.
    expect(await within(form).findByText(/That e-mail address belongs to another account/)).toBeInTheDocument();
    expect(within(form).getByLabelText("The new mayor's name")).toHaveValue('Rosa Delgado');

    await user.clear(within(form).getByLabelText('Their e-mail address'));
    await paste(user, 'Their e-mail address', 'rosa.delgado@riverton.example');
    await user.click(within(form).getByRole('button', { name: 'Record new mayor' }));

    expect(await screen.findByText("Mayor Rosa Delgado is now Riverton's mayor in the Hub")).toBeInTheDocument();
    const mayor = screen.getByRole('region', { name: 'Mayor' });
    expect(within(mayor).getByText('Rosa Delgado')).toBeInTheDocument();
    expect(within(mayor).getByText('Nov 2, 2026')).toBeInTheDocument();
    const record = screen.getByRole('region', { name: "MIP's record" });
    expect(within(record).getByText('Recorded Mayor Rosa Delgado in place of Mayor Ana Ortiz')).toBeInTheDocument();
    expect(within(form).getByText(/Mayor Rosa Delgado's account leaves Riverton/)).toBeInTheDocument();
  });
});

describe("a city's record, as MIP's programs and policy staff read it (Morgan Hale)", () => {
  it('shows the record without the form: only finance and admin keep it', async () => {
    await renderApp('/staff/members/riverton', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Riverton, WI' });
    expect(screen.getByText('212,000 (US Census Bureau, 2020 Census, as of Apr 1, 2020)')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record a new population' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record a new mayor' })).not.toBeInTheDocument();
  });
});
