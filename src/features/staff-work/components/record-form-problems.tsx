import type { RefObject } from 'react';
import { describeError } from '@/api/api-error';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

interface RecordFormProblemsProps {
  errors: SummaryError[];
  focusKey: number;
  requestError: unknown;
  requestErrorRef: RefObject<HTMLDivElement | null>;
  /** The form's button ("Save the changes"): the failure says that it was not done. */
  submitLabel: string;
}

/** What stops a long staff form (a meeting, a book): the fields to fix, or the request that failed. */
export function RecordFormProblems({
  errors,
  focusKey,
  requestError,
  requestErrorRef,
  submitLabel,
}: RecordFormProblemsProps) {
  return (
    <>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title={`${submitLabel}: not done`}
        words={(error) => <>{describeError(error)} Your answers are still here; try again.</>}
      />
    </>
  );
}
