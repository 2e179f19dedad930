/** What a member city gets (from MIP's "Become a Member" page), for mayors deciding to join. */
const BENEFITS = [
  'Free, unlimited registrations to the Summer and Winter Meetings',
  'Invite-only topic and regional meetings, often with travel support',
  'Short policy memos from MIP staff and policy experts',
  'Briefing books and policy resources from every meeting',
  'The network of mayors, senior city staff and policy experts',
  "Programming for first-term mayors, and the Women Mayors' Network",
];

export function MembershipBenefits() {
  return (
    <section
      aria-labelledby="benefits-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="benefits-heading" className="text-lg font-bold text-slate-900">
        What membership includes
      </h2>
      <ul className="mt-3 list-disc space-y-1.5 pl-5 text-slate-800 marker:text-accent-700">
        {BENEFITS.map((benefit) => (
          <li key={benefit}>{benefit}</li>
        ))}
      </ul>
    </section>
  );
}
