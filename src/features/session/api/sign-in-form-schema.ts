import * as z from 'zod/mini';
import { signInBodySchema } from '@/api/contracts/session';

/**
 * The contract's sign-in body, with a plainer message for an empty e-mail field (GOV.UK says
 * "Enter your e-mail address" before it talks about formats) and stray spaces trimmed.
 */
export const signInFormSchema = z.extend(signInBodySchema, {
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, { error: 'Enter your e-mail address' })),
    signInBodySchema.shape.email,
  ),
});

export type SignInFormValues = z.input<typeof signInFormSchema>;
