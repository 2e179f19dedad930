import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import type {
  AssistanceRequestBody,
  CheckoutSessionBody,
  InvoiceRequestBody,
  PaymentPlanBody,
} from '@/api/contracts/dues';
import { useIdempotencyKey } from '@/api/idempotency-key';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { duesQueryOptions } from './dues-queries';

/**
 * After any change to dues: the dues page, its invoices and the dashboard (its dues summary, the
 * membership status and the action list "Invoice due in 14 days") all read fresh data.
 */
function useRefreshDues(memberId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['dues'] }),
      queryClient.invalidateQueries({ queryKey: overviewQueryOptions(memberId).queryKey }),
    ]);
}

/**
 * Opens a hosted card checkout. A retry of the same payment (after a timeout, a double click)
 * reuses the Idempotency-Key, so the API answers the checkout it already opened.
 */
export function useCreateCheckoutSession(invoiceId: string) {
  const idempotency = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: (body: CheckoutSessionBody, { client }) =>
      apiRequest('createCheckoutSession', {
        params: { invoiceId },
        body,
        idempotencyKey: idempotency.keyFor({ invoiceId, ...body }),
        client,
      }),
  });
  return { ...mutation, forgetKey: idempotency.reset };
}

/** Asks to pay by invoice, with the billing contact, address and purchase-order number. */
export function useRequestInvoice(memberId: string) {
  const refresh = useRefreshDues(memberId);
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: InvoiceRequestBody, { client }) =>
      apiRequest('requestInvoice', { params: { memberId }, body, idempotencyKey: idempotency.keyFor(body), client }),
    onSuccess: () => {
      idempotency.reset();
      return refresh();
    },
  });
}

/** Saves the payment schedule (1, 2 or 4 payments); the answer is the dues as they now stand. */
export function useUpdatePaymentPlan(memberId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshDues(memberId);
  return useMutation({
    mutationFn: (body: PaymentPlanBody, { client }) =>
      apiRequest('updatePaymentPlan', { params: { memberId }, body, client }),
    onSuccess: (dues) => {
      queryClient.setQueryData(duesQueryOptions(memberId).queryKey, dues);
      return refresh();
    },
    // A refusal means the dues changed since the page read them (a payment came in, one fell
    // overdue): read them again, so the choices and the schedule shown are the ones that hold.
    onError: (error) => (isApiError(error) && (error.status === 409 || error.status === 422) ? refresh() : undefined),
  });
}

/** Sends a confidential request for help with this year's dues. */
export function useCreateAssistanceRequest(memberId: string) {
  const refresh = useRefreshDues(memberId);
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: AssistanceRequestBody, { client }) =>
      apiRequest('createAssistanceRequest', {
        params: { memberId },
        body,
        idempotencyKey: idempotency.keyFor(body),
        client,
      }),
    onSuccess: () => {
      idempotency.reset();
      return refresh();
    },
    // Refused because a request is already open (another tab, a colleague): show the one there is.
    onError: () => refresh(),
  });
}
