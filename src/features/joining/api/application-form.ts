import * as z from 'zod/mini';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { applicationBodySchema, type ApplicationBody } from '@/api/contracts/joining';
import { requiredDateField } from '@/lib/required-date-field';
import { POPULATION_MESSAGES, readPopulation } from './population';

/**
 * The application as the form holds it: the contract's schema, with the population and the date
 * as their fields give them (text), and one question of the form's own: whether the mayor also
 * handles the invoice.
 */
export const applicationFormSchema = z.extend(applicationBodySchema, {
  // A select starts with no state chosen (''): the contract's enum says "Choose the state".
  state: z.pipe(z.string(), applicationBodySchema.shape.state),
  population: z.pipe(
    z.string().check(
      z.superRefine((text, ctx) => {
        const reading = readPopulation(text);
        if (reading.kind === 'number') return;
        const message = reading.kind === 'empty' ? POPULATION_MESSAGES.missing : reading.message;
        ctx.issues.push({ code: 'custom', message, input: text });
      }),
    ),
    z.pipe(
      z.transform((text: string) => {
        const reading = readPopulation(text);
        return reading.kind === 'number' ? reading.population : Number.NaN;
      }),
      applicationBodySchema.shape.population,
    ),
  ),
  termStartedOn: requiredDateField("Enter the date the mayor's term started"),
  billingSameAsMayor: z.boolean(),
});

export type ApplicationFormInput = z.input<typeof applicationFormSchema>;
/** What the form hands over once every answer is valid (the population a number). */
export type ApplicationFormValues = z.output<typeof applicationFormSchema>;

/** The fields a person answers, in the order the form asks them (and the error summary lists them). */
export const APPLICATION_FIELDS = [
  'city',
  'state',
  'population',
  'mayorName',
  'email',
  'termStartedOn',
  'billingContactName',
  'billingContactEmail',
  'password',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

export const BLANK_APPLICATION: ApplicationFormInput = {
  city: '',
  state: '',
  population: '',
  mayorName: '',
  email: '',
  termStartedOn: '',
  billingSameAsMayor: false,
  billingContactName: '',
  billingContactEmail: '',
  password: '',
};

/** When the mayor handles the invoice, the billing contact is the mayor. */
function withBillingContact(values: ApplicationFormInput): ApplicationFormInput {
  if (!values.billingSameAsMayor) return values;
  return { ...values, billingContactName: values.mayorName, billingContactEmail: values.email };
}

/**
 * Checks the form with the contract's rules. With "the mayor handles the invoice" ticked, the
 * billing fields are hidden and filled from the mayor's, so their errors (which repeat the
 * mayor's) are left out: every message points at a field the person can see.
 */
export function applicationFormResolver(): Resolver<ApplicationFormInput, unknown, ApplicationFormValues> {
  const resolve = zodResolver(applicationFormSchema);
  return async (values, context, options) => {
    const result = await resolve(withBillingContact(values), context, options);
    if (!values.billingSameAsMayor) return result;
    const all: FieldErrors<ApplicationFormInput> = result.errors;
    const { billingContactName: _name, billingContactEmail: _email, ...errors } = all;
    // The billing fields only fail when the mayor's do, which stay: there is always an error left.
    return Object.keys(errors).length > 0 ? { values: {}, errors } : result;
  };
}

export function toApplicationBody(values: ApplicationFormValues): ApplicationBody {
  const { billingSameAsMayor: _same, ...body } = values;
  return body;
}

/** What is kept in the tab while typing: everything but the password, which never leaves memory. */
export function toDraft(values: Partial<ApplicationFormInput>): Omit<Partial<ApplicationFormInput>, 'password'> {
  const { password: _password, ...draft } = values;
  return draft;
}

/** A stored draft may be from an older form: keep only the answers it still asks, of the right type. */
export function restoreDraft(draft: Partial<Record<keyof ApplicationFormInput, unknown>> | null): ApplicationFormInput {
  const values = { ...BLANK_APPLICATION };
  if (!draft) return values;
  for (const field of APPLICATION_FIELDS) {
    const value = draft[field];
    if (field !== 'password' && typeof value === 'string') values[field] = value;
  }
  if (typeof draft.billingSameAsMayor === 'boolean') values.billingSameAsMayor = draft.billingSameAsMayor;
  return values;
}
