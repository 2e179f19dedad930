import type { Dues } from '@/api/contracts/dues';
import { Card } from '@/components/ui/card';
import { StatusTag } from '@/components/ui/status-tag';
import { formatLongDate } from '@/lib/format';

/** The membership packet MIP posts once the year is paid: expected within 2–3 weeks of payment. */
export function PacketCard({ packet }: { packet: Dues['packet'] }) {
  return (
    <Card>
      <section aria-labelledby="packet-heading" className="space-y-2">
        <h2 id="packet-heading" className="text-lg font-bold text-slate-900">
          Membership packet
        </h2>
        <PacketStatus packet={packet} />
      </section>
    </Card>
  );
}

function PacketStatus({ packet }: { packet: Dues['packet'] }) {
  switch (packet.status) {
    case 'not_due':
      return (
        <p className="text-slate-700">
          MIP sends this year's packet once the dues are paid in full. Expect it within 2–3 weeks of payment.
        </p>
      );
    case 'preparing':
      return (
        <>
          <StatusTag tone="info">Being prepared</StatusTag>
          <p className="text-slate-700">
            {packet.expectedBy
              ? `Expected by ${formatLongDate(packet.expectedBy)} (within 2–3 weeks of payment).`
              : 'Expected within 2–3 weeks of payment.'}
          </p>
        </>
      );
    case 'sent':
      return (
        <>
          <StatusTag tone="success">Sent</StatusTag>
          {packet.sentOn && <p className="text-slate-700">MIP posted it on {formatLongDate(packet.sentOn)}.</p>}
          <p className="text-slate-700">
            {packet.expectedBy && !packet.sentOn
              ? `It should have arrived by ${formatLongDate(packet.expectedBy)}. If it hasn't, e-mail MIP.`
              : "If it hasn't arrived, e-mail MIP."}
          </p>
        </>
      );
  }
}
