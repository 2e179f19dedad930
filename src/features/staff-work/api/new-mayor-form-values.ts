import * as z from 'zod/mini';
import { newMayorInputSchema, type NewMayorInput } from '@/api/contracts/staff-cities';
import { requiredDateField } from '@/lib/required-date-field';

/**
 * A new mayor as finance or admin staff type them: the name and e-mail as the contract has them,
 * the term's start as a date input gives it. That it follows the former mayor's, and that the
 * e-mail is nobody's yet, are the API's rules, answered next to the field.
 */
export const newMayorFormSchema = z.object({
  name: newMayorInputSchema.shape.name,
  email: newMayorInputSchema.shape.email,
  termStartedOn: requiredDateField("Enter the date the new mayor's term started"),
});

export type NewMayorFormValues = z.input<typeof newMayorFormSchema>;

export const NEW_MAYOR_FIELDS = ['name', 'email', 'termStartedOn'] as const;

export const BLANK_NEW_MAYOR: NewMayorFormValues = { name: '', email: '', termStartedOn: '' };

export function toNewMayorInput(values: NewMayorFormValues): NewMayorInput {
  return { name: values.name.trim(), email: values.email.trim(), termStartedOn: values.termStartedOn };
}
