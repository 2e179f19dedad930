/** The three steps from application to member, and the help with the fee, in plain words. */
export function HowJoiningWorks() {
  return (
    <section
      aria-labelledby="how-joining-works-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="how-joining-works-heading" className="text-lg font-bold text-slate-900">
        How joining works
      </h2>
      <ol className="mt-4 space-y-4">
        <Step number={1} title="Apply on this page">
          Tell us about your city, its mayor and who pays the invoice. You get an account to follow your application.
        </Step>
        <Step number={2} title="MIP reviews your application">
          MIP staff check the details and write to you if they have questions.
        </Step>
        <Step number={3} title="Pay the annual fee">
          Pay by card, or ask for an invoice (with a purchase order number if your city needs one). Your membership
          packet comes by e-mail and mail within 2–3 weeks.
        </Step>
      </ol>
      <div className="mt-6 space-y-3 border-t border-slate-200 pt-5 text-slate-800">
        <p>
          <strong className="font-semibold text-slate-900">Come to a Winter Meeting first.</strong> A mayor thinking
          about joining can attend their first Winter Meeting free. Once you have applied, you can register from your
          account.
        </p>
        <p>
          <strong className="font-semibold text-slate-900">Pay on your city's schedule.</strong> Pay in one payment, or
          in 2 or 4 payments timed to your city's fiscal year.
        </p>
        <p>
          <strong className="font-semibold text-slate-900">Help with the fee.</strong> MIP wants every interested city
          to take part. If the fee is hard to fit in your budget, financial assistance is available: ask MIP, in
          confidence, and MIP will work out with you what your city can pay.
        </p>
      </div>
    </section>
  );
}

function Step({ number, title, children }: { number: number; title: string; children: string }) {
  return (
    <li className="flex gap-3">
      <span
        aria-hidden="true"
        className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-700 font-bold text-white"
      >
        {number}
      </span>
      <div>
        <h3 className="font-semibold text-slate-900">
          <span className="sr-only">Step {number}: </span>
          {title}
        </h3>
        <p className="mt-0.5 text-slate-700">{children}</p>
      </div>
    </li>
  );
}
