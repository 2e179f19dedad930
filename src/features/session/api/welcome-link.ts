import { queryOptions, useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '@/api/client';
import { newPasswordSchema } from '@/api/contracts/common';

/** Whose account a welcome link sets up (404 used or replaced, 410 expired: the page says which). */
export function welcomeLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['welcome-link', token],
    queryFn: ({ signal, client }) => apiRequest('getWelcomeLink', { params: { token }, signal, client }),
  });
}

/** Sets the first password; the API signs the person in (the caller reads the session back). */
export function useAcceptWelcomeLink(token: string) {
  return useMutation({
    mutationFn: (password: string, { client }) =>
      apiRequest('acceptWelcomeLink', { params: { token }, body: { password }, client }),
  });
}

/** The password twice, so a slip of the finger doesn't lock the person out of a new account. */
export const setPasswordFormSchema = z
  .object({
    password: newPasswordSchema,
    confirmation: z.string().check(z.minLength(1, { error: 'Type the password again' })),
  })
  .check(
    z.refine((values) => values.confirmation === '' || values.confirmation === values.password, {
      error: "The two passwords don't match: type the same password twice",
      path: ['confirmation'],
    }),
  );
export type SetPasswordFormValues = z.infer<typeof setPasswordFormSchema>;

export const SET_PASSWORD_FIELDS = ['password', 'confirmation'] as const;
