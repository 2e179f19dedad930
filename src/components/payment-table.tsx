import type { ReactNode } from 'react';
import { StatusTag } from '@/components/ui/status-tag';
import type { Tone } from '@/components/ui/tone';
import { formatDate, formatMoney } from '@/lib/format';

export interface PaymentRow {
  number: number;
  dueOn: string;
  amountCents: number;
  status: { text: string; tone: Tone };
}

interface PaymentTableProps {
  /** Names the table for screen readers ("Payments for 2026–27"); shown unless `hideCaption`. */
  caption: ReactNode;
  hideCaption?: boolean;
  rows: PaymentRow[];
  /** A last row with the sum, when the table is a schedule the reader checks against the fee. */
  totalCents?: number;
}

/** The payments of a year's dues: when each is due, how much, and whether it is paid. Fits 320 px. */
export function PaymentTable({ caption, hideCaption = false, rows, totalCents }: PaymentTableProps) {
  return (
    <table className="w-full border-collapse text-left text-[0.9375rem]">
      <caption className={hideCaption ? 'sr-only' : 'mb-2 text-left font-semibold text-slate-900'}>{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300 text-slate-700">
          <th scope="col" className="py-2 pr-2 font-semibold">
            Payment
          </th>
          <th scope="col" className="px-2 py-2 font-semibold">
            Due
          </th>
          <th scope="col" className="px-2 py-2 text-right font-semibold">
            Amount
          </th>
          <th scope="col" className="py-2 pl-2 font-semibold">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.number} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-2 pr-2 font-medium">
              {row.number} of {rows.length}
            </th>
            <td className="px-2 py-2">{formatDate(row.dueOn)}</td>
            <td className="px-2 py-2 text-right tabular-nums">{formatMoney(row.amountCents)}</td>
            <td className="py-2 pl-2">
              <StatusTag tone={row.status.tone} className="print:border-0 print:bg-white print:p-0">
                {row.status.text}
              </StatusTag>
            </td>
          </tr>
        ))}
      </tbody>
      {totalCents !== undefined && (
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" colSpan={2} className="py-2 pr-2">
              Total
            </th>
            <td className="px-2 py-2 text-right tabular-nums">{formatMoney(totalCents)}</td>
            <td />
          </tr>
        </tfoot>
      )}
    </table>
  );
}
