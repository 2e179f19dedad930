import { membershipYearStarting } from '../../../src/lib/membership-year';
import type { Track, TrackDetail, TrackId } from '../../../src/api/contracts/tracks';
import type { BenefitRuleRow, PolicyAreaRow, TrackRow } from '../rows/benefits';
import type { SeedContext } from './seed-context';

/**
 * Where cities send dues paid by invoice, as printed on it. MIP's postal address is not part of the
 * seed page, so the invoice names the city and the e-mail, and no made-up street.
 */
export const MIP_REMIT_TO = {
  name: 'Mayors Innovation Project',
  addressLines: ['Madison, Wisconsin'],
  email: 'membership@mayorsinnovation.example',
} as const;

export const POLICY_AREAS: readonly PolicyAreaRow[] = [
  { id: 'housing', name: 'Housing' },
  { id: 'climate-energy', name: 'Climate and energy' },
  { id: 'economic-development', name: 'Economic development' },
  { id: 'public-safety', name: 'Public safety' },
  { id: 'transportation', name: 'Transportation' },
  { id: 'health', name: 'Public health' },
  { id: 'education-youth', name: 'Education and youth' },
  { id: 'workforce', name: 'Workforce' },
  { id: 'equity-inclusion', name: 'Equity and inclusion' },
  { id: 'budget-finance', name: 'Budget and finance' },
  { id: 'digital-government', name: 'Digital government' },
  { id: 'arts-culture', name: 'Arts and culture' },
  { id: 'immigration', name: 'Immigration' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'parks-recreation', name: 'Parks and recreation' },
];

export const TRACKS: readonly TrackRow[] = [
  {
    id: 'womens-network',
    name: "Women Mayors' Network",
    summary: 'Peer support, mentoring and convenings for mayors who identify as women. Membership is private.',
    identity: true,
  },
  {
    id: 'first-term',
    name: 'First-Term Mayors',
    summary: 'Programming for mayors in their first term: a yearly retreat, peer cohorts and a starter library.',
    identity: false,
  },
];

/** What a track's page says beyond its row: who it is for, what it offers, what joining means, where to read on. */
export type TrackDetailContent = Omit<TrackDetail, keyof Track>;

/** Fixed text per track (not per seed date). Readings link to the home pages of real public sites. */
export const TRACK_DETAILS: Readonly<Record<TrackId, TrackDetailContent>> = {
  'womens-network': {
    whoFor:
      'Mayors of member cities who identify as women, in any term and in cities of every size. Whether you join is up to you alone.',
    offers: [
      'A peer circle that meets by video every other month, on topics the members choose',
      'One-to-one mentoring from a mayor who has served more than one term',
      'A closed session and a dinner at every Summer and Winter Meeting',
      'Confidential support when you face online harassment or intense media scrutiny',
    ],
    joiningMeans:
      "Joining is your own choice, and only you can make it: staff acting for you can't join or leave for you. " +
      'Your membership stays private: it is never shown in the member directory, to other members or to your staff, ' +
      "and MIP uses it only to invite you to the network's sessions. You can leave at any time; leaving removes your " +
      'membership and the self-identification that came with it.',
    resources: [
      {
        title: 'Research and data on women in elective office',
        url: 'https://cawp.rutgers.edu',
        source: 'Center for American Women and Politics, Rutgers University',
      },
      {
        title: 'Programs, research and networks for city elected officials',
        url: 'https://www.nlc.org',
        source: 'National League of Cities',
      },
      {
        title: "News and resources for the nation's mayors",
        url: 'https://www.usmayors.org',
        source: 'U.S. Conference of Mayors',
      },
    ],
  },
  'first-term': {
    whoFor:
      'Mayors of member cities in the first four years of their first term. Staff acting for a mayor can sign them up.',
    offers: [
      'A two-day retreat each spring, with mayors who have served two terms or more as faculty',
      'A peer cohort of six to eight new mayors that meets monthly by video',
      'A starter library of briefing books: the budget cycle, building a leadership team, the first hundred days',
      "Office hours with MIP's policy staff for first-year questions",
    ],
    joiningMeans:
      'Joining puts you in the current cohort: you are invited to the retreat and the peer calls, and other mayors in ' +
      'the network can see that you take part. Staff you have given access can sign you up or take you off. You can ' +
      'leave at any time.',
    resources: [
      {
        title: 'Research and programs for city leaders',
        url: 'https://bloombergcities.jhu.edu',
        source: 'Bloomberg Cities Network, Johns Hopkins University',
      },
      {
        title: 'Resources for local government leaders and managers',
        url: 'https://icma.org',
        source: 'ICMA',
      },
      {
        title: 'Briefs, meeting materials and model policies from past meetings',
        url: 'https://www.mayorsinnovation.org',
        source: 'Mayors Innovation Project',
      },
    ],
  },
};

/** The first membership year with three memos; before it the benefit was two a year. */
const THREE_MEMOS_SINCE = 2020;

/** Benefit rules are data per membership year (MIP changed them before), from 2012–13 to next year. */
export function seedBenefitRules(ctx: SeedContext): BenefitRuleRow[] {
  const rules: BenefitRuleRow[] = [];
  for (let start = 2012; start <= ctx.startYear + 1; start += 1) {
    const year = membershipYearStarting(start);
    rules.push({
      membershipYearLabel: year.label,
      startsOn: year.startsOn,
      endsOn: year.endsOn,
      memoAllowance: start < THREE_MEMOS_SINCE ? 2 : 3,
    });
  }
  return rules;
}
