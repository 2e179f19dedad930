import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { tierFor, tierRange } from '@/lib/dues-tiers';
import { formatCount, formatPrice } from '@/lib/format';
import { duesTierListQueryOptions } from '../api/joining-queries';
import { readPopulation } from '../api/population';
import { DuesTierTable } from './dues-tier-table';

interface FeeCalculatorProps {
  /** Told the population whenever it reads as one (null when the field is blank or wrong). */
  onPopulationChange?: (population: number | null) => void;
}

/**
 * The annual fee for a population, as it is typed: the tier table is loaded once and the tier
 * found here (no request per keystroke). The result is announced politely; a population that
 * can't be read gets a message next to the field, and the text stays as typed.
 */
export function FeeCalculator({ onPopulationChange }: FeeCalculatorProps) {
  const { data } = useSuspenseQuery(duesTierListQueryOptions());
  const [text, setText] = useState('');
  const reading = readPopulation(text);
  const tier = reading.kind === 'number' ? safeTierFor(data.items, reading.population) : null;

  function change(next: string) {
    setText(next);
    const nextReading = readPopulation(next);
    onPopulationChange?.(nextReading.kind === 'number' ? nextReading.population : null);
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] lg:gap-12">
      <div className="space-y-5">
        <Field
          id="fee-calculator-population"
          label="Your city's population"
          hint="The latest census figure, like 45,000."
          error={reading.kind === 'invalid' ? reading.message : undefined}
        >
          {(control) => (
            <Input
              {...control}
              value={text}
              onChange={(event) => change(event.target.value)}
              inputMode="numeric"
              autoComplete="off"
              className="max-w-56"
            />
          )}
        </Field>
        <div
          role="status"
          aria-live="polite"
          aria-atomic="true"
          className="rounded-md border border-slate-200 bg-slate-50 p-4"
        >
          {reading.kind === 'number' && tier ? (
            <>
              <p className="text-slate-700">Annual membership fee</p>
              <p className="text-3xl font-bold text-slate-900">
                {formatPrice(tier.feeCents)}
                <span className="text-lg font-medium text-slate-600"> a year</span>
              </p>
              <p className="mt-1 text-slate-700">
                A city of {formatCount(reading.population)} people is in the tier for {tierRange(tier)}.
              </p>
            </>
          ) : (
            <p className="text-slate-700">{promptFor(reading.kind)}</p>
          )}
        </div>
      </div>
      <DuesTierTable tiers={data.items} current={tier} />
    </div>
  );
}

function promptFor(kind: 'empty' | 'number' | 'invalid'): string {
  if (kind === 'invalid') return 'Correct the population to see the fee.';
  // A number the table has no tier for: only if MIP's table ever has a gap.
  if (kind === 'number') return 'MIP will tell you the fee for a city of this size.';
  return "Type your city's population to see its annual fee.";
}

/** The API's table should cover every population; if it ever has a gap, show no fee rather than fail. */
function safeTierFor(tiers: Parameters<typeof tierFor>[0], population: number) {
  try {
    return tierFor(tiers, population);
  } catch {
    return null;
  }
}
