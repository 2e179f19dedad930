import { useSuspenseQuery } from '@tanstack/react-query';
import { CITY_RECORD_AREAS, type PopulationFigure, type StaffCity } from '@/api/contracts/staff-cities';
import { useSession } from '@/api/queries/session-queries';
import { MembershipStatusTag } from '@/components/membership-status-tag';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { tierRange } from '@/lib/dues-tiers';
import { formatCount, formatDate, formatInstantDate, formatPrice } from '@/lib/format';
import { staffCityQueryOptions } from '../../api/staff-city-queries';
import { PreviewReadOnly } from '../preview-read-only';
import { StaffActions } from '../staff-actions';
import { StaffRecord } from '../staff-record';
import { useResendMayorWelcome } from '../../api/staff-city-mutations';
import { WelcomeInvitation } from '../welcome-invitation';
import { NewMayorForm } from './new-mayor-form';
import { PopulationForm } from './population-form';

function figureWords(figure: PopulationFigure): string {
  return `${formatCount(figure.population)} (${figure.source}, as of ${formatDate(figure.asOf)})`;
}

/** One city as MIP's staff keep it: its mayor, its standing and why, its population and dues tier. */
export function StaffCityPage({ memberId }: { memberId: string }) {
  const { data: city } = useSuspenseQuery(staffCityQueryOptions(memberId));
  const session = useSession();
  const previewing = session.preview !== null;
  const keeps = session.person.staffAreas.some((area) => CITY_RECORD_AREAS.includes(area));
  const resend = useResendMayorWelcome(city);
  return (
    <article>
      <p>
        <TextLink to={paths.staff.members.href()}>All member cities</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        {city.kind === 'member'
          ? `Member since ${city.joinedOn ? formatDate(city.joinedOn) : 'before records'}`
          : 'Applying to join'}
      </p>
      <PageHeading className="mt-1">
        {city.city}, {city.state}
      </PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        <MembershipStatusTag status={city.membership.status} />
        <span>{city.membershipReason}</span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-10 lg:col-span-2">
          <Population city={city} />
          {keeps && previewing && <PreviewReadOnly toDo="change city records" />}
          {keeps && !previewing && (
            <StaffActions heading="Keep the record">
              <PopulationForm city={city} />
              {city.kind === 'member' && <NewMayorForm city={city} />}
            </StaffActions>
          )}
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <section aria-labelledby="mayor-heading">
            <h2 id="mayor-heading" className="text-xl font-bold text-slate-900">
              Mayor
            </h2>
            <div className="mt-3">
              <Facts>
                <Fact term="Name">{city.mayor.name}</Fact>
                <Fact term="E-mail">{city.mayor.email}</Fact>
                <Fact term="Term started">
                  {city.mayor.termStartedOn ? formatDate(city.mayor.termStartedOn) : 'Not recorded'}
                </Fact>
              </Facts>
              {city.mayor.invitation && (
                <WelcomeInvitation
                  name={`Mayor ${city.mayor.name}`}
                  email={city.mayor.email}
                  invitation={city.mayor.invitation}
                  onResend={keeps && !previewing ? () => resend.mutateAsync({}) : null}
                />
              )}
            </div>
          </section>
          <StaffRecord actions={city.actions} />
        </div>
      </div>
    </article>
  );
}

/** The figure this year's dues follow, and a newer one waiting for its membership year. */
function Population({ city }: { city: StaffCity }) {
  const change = city.populationChange;
  return (
    <section aria-labelledby="population-facts-heading">
      <h2 id="population-facts-heading" className="text-xl font-bold text-slate-900">
        Population and dues
      </h2>
      <div className="mt-3">
        <Facts>
          <Fact term="Population on file">{figureWords(city.population)}</Fact>
          <Fact term={`Dues tier for ${city.membership.yearLabel ?? 'this year'}`}>
            {formatPrice(city.tier.feeCents)} a year ({tierRange(city.tier)})
          </Fact>
          {change && (
            <Fact term={`From ${change.yearLabel}`}>
              {figureWords(change)}: {formatPrice(change.tier.feeCents)} a year from {formatDate(change.appliesFrom)}.
              Recorded by {change.recordedBy.name} on {formatInstantDate(change.recordedAt)}.
            </Fact>
          )}
        </Facts>
      </div>
    </section>
  );
}
