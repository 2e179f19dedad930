import * as z from 'zod/mini';
import type { Scope } from '@/api/contracts/common';
import {
  delegationCreateBodySchema,
  type Delegation,
  type DelegationCreateBody,
  type DelegationUpdateBody,
} from '@/api/contracts/delegations';
import { isoDate } from '@/api/contracts/common';
import { isoDateOf } from '@/lib/membership-year';

/** The areas a mayor can hand to a delegate, in the order they are offered. */
export const SCOPE_CHOICES: readonly { scope: Scope; label: string; hint: string }[] = [
  { scope: 'meetings', label: 'Meetings', hint: 'Register the mayor and staff, change or cancel registrations.' },
  { scope: 'memos', label: 'Policy memos', hint: 'Request memos from your three a year, and withdraw them.' },
  { scope: 'dues', label: 'Dues', hint: 'See invoices, pay, choose a payment schedule, ask for assistance.' },
];

/**
 * What a delegate may do and until when, as typed: the areas as checkboxes, the last day as a date
 * field that may stay empty ("until I revoke it"). It can't be a day already past.
 */
const accessShape = {
  scopes: delegationCreateBodySchema.shape.scopes,
  endsOn: z.string().check(
    z.refine((text) => text === '' || isoDate.safeParse(text).success, {
      error: 'Enter the date as month, day and year, or leave it empty',
    }),
    z.refine((text) => text === '' || text >= isoDateOf(new Date()), {
      error: 'Choose today or a later date, or leave it empty',
    }),
  ),
};

export const delegateAccessFormSchema = z.object(accessShape);
export type DelegateAccessFormValues = z.input<typeof delegateAccessFormSchema>;

export const inviteDelegateFormSchema = z.object({
  name: delegationCreateBodySchema.shape.name,
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: "Enter the staff member's e-mail address" }),
      z.email({ error: 'Enter an e-mail address in the right format, like name@city.gov' }),
    ),
  ...accessShape,
});
export type InviteDelegateFormValues = z.input<typeof inviteDelegateFormSchema>;

export const BLANK_INVITE: InviteDelegateFormValues = { name: '', email: '', scopes: [], endsOn: '' };

export function toDelegationCreateBody(values: InviteDelegateFormValues): DelegationCreateBody {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    scopes: sortedScopes(values.scopes),
    endsOn: values.endsOn || null,
  };
}

export function toDelegationUpdateBody(values: DelegateAccessFormValues): DelegationUpdateBody {
  return { scopes: sortedScopes(values.scopes), endsOn: values.endsOn || null };
}

export function accessValuesOf(delegation: Delegation): DelegateAccessFormValues {
  return { scopes: [...delegation.scopes], endsOn: delegation.endsOn ?? '' };
}

function sortedScopes(scopes: readonly Scope[]): Scope[] {
  return SCOPE_CHOICES.map((choice) => choice.scope).filter((scope) => scopes.includes(scope));
}
