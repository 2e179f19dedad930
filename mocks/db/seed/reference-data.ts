import { membershipYearStarting } from '../../../src/lib/membership-year';
import type { BenefitRuleRow, PolicyAreaRow, TrackRow } from '../rows/benefits';
import type { SeedContext } from './seed-context';

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
