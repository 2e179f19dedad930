import type { MemberRow, PersonRow } from '../rows/people';
import { CENSUS_2020, DEMO_PASSWORD } from './demo-people';
import { POLICY_AREAS } from './reference-data';
import type { SeedContext } from './seed-context';

/** How a generated member's dues stand, which makes its membership status. */
export type DuesStanding = 'paid' | 'renewal_due' | 'lapsed';

export interface GeneratedMember {
  member: MemberRow;
  mayor: PersonRow;
  standing: DuesStanding;
}

/** Fictional cities across the US, with populations spread over every dues tier. */
const CITIES: readonly [city: string, state: string, population: number][] = [
  ['Alder Bay', 'WA', 86_000],
  ['Ashford', 'CT', 58_000],
  ['Bellmont', 'MA', 112_000],
  ['Bridgewater', 'NJ', 47_500],
  ['Brookfield', 'OH', 23_400],
  ['Canton Ridge', 'GA', 134_000],
  ['Clearview', 'TX', 640_000],
  ['Cold Spring', 'MN', 18_500],
  ['Copper Hill', 'AZ', 410_000],
  ['Crescent City', 'LA', 305_000],
  ['Dunmore', 'PA', 72_000],
  ['Eastport', 'ME', 16_200],
  ['Elm Grove', 'MO', 39_000],
  ['Fairhaven', 'MA', 28_300],
  ['Fort Calloway', 'NC', 176_000],
  ['Glen Ellis', 'IL', 52_000],
  ['Granite Falls', 'CO', 98_000],
  ['Greenfield', 'IN', 31_000],
  ['Harlow', 'MI', 143_000],
  ['Juniper', 'NV', 265_000],
  ['Kingsbridge', 'VA', 224_000],
  ['Lakeshore', 'OH', 88_000],
  ['Marston', 'KY', 61_000],
  ['Mesa Verde', 'TX', 1_420_000],
  ['New Salem', 'OR', 167_000],
  ['North Haven', 'CT', 9_100],
  ['Oak Harbor', 'WA', 24_800],
  ['Palmetto Bay', 'SC', 118_000],
  ['Pine Bluff Springs', 'AR', 42_000],
  ['Port Sheridan', 'CA', 780_000],
  ['Prairie View', 'KS', 56_000],
  ['Redwood Valley', 'CA', 333_000],
  ['Riverside Heights', 'MD', 71_500],
  ['Sandpoint', 'ID', 9_800],
  ['Silver Lake', 'UT', 201_000],
  ['Stonebridge', 'TN', 455_000],
  ['Summit Park', 'NM', 95_000],
  ['Tidewater', 'VA', 14_300],
  ['Twin Rivers', 'NE', 121_000],
  ['Westbrook', 'ME', 19_700],
  ['Willow Creek', 'CA', 36_000],
  ['Winslow', 'AZ', 11_900],
];

const FIRST_NAMES = [
  'Maria',
  'James',
  'Aisha',
  'Robert',
  'Mei',
  'David',
  'Keisha',
  'Carlos',
  'Hannah',
  'Samuel',
  'Fatima',
  'Michael',
  'Grace',
  'Luis',
  'Olivia',
  'Andre',
  'Rachel',
  'Kevin',
  'Naomi',
  'Brian',
  'Sofia',
  'Thomas',
  'Leah',
  'Daniel',
  'Imani',
  'Patrick',
  'Yesenia',
  'Gregory',
  'Chloe',
  'Victor',
] as const;
const WOMEN = new Set([
  'Maria',
  'Aisha',
  'Mei',
  'Keisha',
  'Hannah',
  'Fatima',
  'Grace',
  'Olivia',
  'Rachel',
  'Naomi',
  'Sofia',
  'Leah',
  'Imani',
  'Yesenia',
  'Chloe',
]);
const LAST_NAMES = [
  'Alvarez',
  'Brooks',
  'Chen',
  'Dawson',
  'Esposito',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ibrahim',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Morales',
  'Nguyen',
  'Okafor',
  'Patel',
  'Quinn',
  'Romero',
  'Sullivan',
  'Tanaka',
  'Underwood',
  'Vasquez',
  'Washington',
  'Yamamoto',
  'Zielinski',
  'Harper',
  'Castillo',
  'Bennett',
] as const;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function seedGeneratedMembers(ctx: SeedContext): GeneratedMember[] {
  const rnd = ctx.prng('generated-members');
  // A stream of its own, so adding the directory's policy areas reshuffled none of the other data.
  const areas = ctx.prng('generated-members:policy-areas');
  const areaIds = POLICY_AREAS.map((a) => a.id);
  return CITIES.map(([city, state, population], index) => {
    const memberId = slug(city);
    const first = rnd.pick(FIRST_NAMES);
    const last = rnd.pick(LAST_NAMES);
    const mayorId = `${slug(first)}-${slug(last)}-${memberId}`;
    // A handful of states that make the staff list look real: two renewals due, one lapsed.
    const standing: DuesStanding = index === 7 || index === 29 ? 'renewal_due' : index === 18 ? 'lapsed' : 'paid';
    const termYear = rnd.int(2012, ctx.startYear);
    return {
      standing,
      member: {
        id: memberId,
        city,
        state,
        population,
        populationSource: CENSUS_2020.source,
        populationAsOf: CENSUS_2020.asOf,
        populationChange: null,
        version: 0,
        mayorId,
        kind: 'member',
        joinedOn: `${rnd.int(2010, ctx.startYear - 1)}-${String(rnd.int(1, 12)).padStart(2, '0')}-15`,
        fiscalYearStart: rnd.pick(['01-01', '07-01', '10-01']),
      },
      mayor: {
        id: mayorId,
        name: `${first} ${last}`,
        email: `${slug(first)}.${slug(last)}@${memberId.replace(/-/g, '')}.example`,
        password: DEMO_PASSWORD,
        title: 'Mayor',
        role: 'mayor',
        memberId,
        termStartedOn: `${termYear}-01-0${rnd.int(2, 8)}`,
        identifiesAsWoman: WOMEN.has(first),
        listedInDirectory: rnd.chance(0.85),
        policyAreas: areas.sample(areaIds, areas.int(1, 3)),
        staffAreas: [],
        deactivatedAt: null,
      },
    };
  });
}
