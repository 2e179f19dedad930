import { z } from 'zod';
import { signInBodySchema } from '@/api/contracts/session';

/**
 * The contract's sign-in body, with a plainer message for an empty e-mail field (GOV.UK says
 * "Enter your e-mail address" before it talks about formats) and stray spaces trimmed.
 */
export const signInFormSchema = signInBodySchema.extend({
  email: z.string().trim().min(1, { error: 'Enter your e-mail address' }).pipe(signInBodySchema.shape.email),
});

export type SignInFormValues = z.input<typeof signInFormSchema>;
