import type { UseFormRegisterReturn } from 'react-hook-form';
import { staffAreaSchema, type StaffArea } from '@/api/contracts/staff-work';
import { Checkbox } from '@/components/ui/input';
import { staffAreaWords } from '../work-words';

/** What each area sees in the inbox and may answer, said beside its box. */
const AREA_HINTS: Record<StaffArea, string> = {
  programs: 'Meetings and travel support',
  policy: 'Memo requests and the library',
  finance: 'Dues, invoices, financial assistance, applications and city records',
  admin: 'Staff accounts and city records',
};

/** The areas of work to choose, at least one: a group with its error next to it, as a field has. */
export function AreaChoices({ id, error, register }: { id: string; error?: string; register: UseFormRegisterReturn }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <legend className="font-semibold text-slate-900">Areas of work</legend>
      <p className="mt-0.5 text-[0.9375rem] text-slate-600">What they see in the inbox and may answer.</p>
      {error && (
        <p id={errorId} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">Error:</span> {error}
        </p>
      )}
      <div className="mt-3 grid gap-3">
        {staffAreaSchema.options.map((area) => (
          <Checkbox
            key={area}
            id={`${id}-${area}`}
            label={staffAreaWords[area]}
            hint={AREA_HINTS[area]}
            value={area}
            aria-invalid={error ? true : undefined}
            {...register}
          />
        ))}
      </div>
    </fieldset>
  );
}
