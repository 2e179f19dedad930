import type { MemberRow, PersonRow } from '../rows/people';

/** Where the seed's city populations come from: the decennial census's count, as of its day. */
export const CENSUS_2020 = { source: 'US Census Bureau, 2020 Census', asOf: '2020-04-01' } as const;

/**
 * The demo accounts and their cities. Names, e-mails and ids are part of the product (docs, README
 * and tests use them): keep them.
 */
export const DEMO_PASSWORD = 'demo';

type PersonSeed = Omit<
  PersonRow,
  'password' | 'listedInDirectory' | 'identifiesAsWoman' | 'staffAreas' | 'deactivatedAt'
> &
  Partial<Pick<PersonRow, 'listedInDirectory' | 'identifiesAsWoman' | 'staffAreas'>>;

const demoPeople: PersonSeed[] = [
  {
    id: 'ana-ortiz',
    name: 'Ana Ortiz',
    email: 'ana.ortiz@riverton.example',
    title: 'Mayor',
    role: 'mayor',
    memberId: 'riverton',
    termStartedOn: '2025-01-06',
    policyAreas: ['housing', 'transportation', 'climate-energy'],
    identifiesAsWoman: true,
  },
  {
    id: 'marcus-bell',
    name: 'Marcus Bell',
    email: 'marcus.bell@lakeport.example',
    title: 'Mayor',
    role: 'mayor',
    memberId: 'lakeport',
    termStartedOn: '2017-05-15',
    policyAreas: ['public-safety', 'economic-development', 'infrastructure'],
  },
  {
    id: 'dana-whitfield',
    name: 'Dana Whitfield',
    email: 'dana.whitfield@cedarfalls.example',
    title: 'Mayor',
    role: 'mayor',
    memberId: 'cedar-falls',
    termStartedOn: '2021-01-04',
    policyAreas: ['workforce', 'education-youth'],
    identifiesAsWoman: true,
  },
  {
    id: 'jordan-lee',
    name: 'Jordan Lee',
    email: 'jordan.lee@riverton.example',
    title: 'Chief of Staff',
    role: 'city_staff',
    memberId: 'riverton',
    termStartedOn: null,
    policyAreas: ['housing', 'budget-finance'],
  },
  {
    id: 'morgan-hale',
    name: 'Morgan Hale',
    email: 'morgan.hale@mayorsinnovation.example',
    title: 'Program Staff',
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    policyAreas: [],
    listedInDirectory: false,
    staffAreas: ['programs', 'policy'],
  },
  {
    id: 'theo-grant',
    name: 'Theo Grant',
    email: 'theo.grant@mayorsinnovation.example',
    title: 'Finance Manager',
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    policyAreas: [],
    listedInDirectory: false,
    staffAreas: ['finance'],
  },
  {
    id: 'lee-chen',
    name: 'Lee Chen',
    email: 'lee.chen@millbrook.example',
    title: 'Mayor',
    role: 'prospective',
    memberId: 'millbrook',
    termStartedOn: '2023-01-02',
    policyAreas: ['infrastructure'],
    listedInDirectory: false,
  },
  // Supporting cast: Lakeport's staff register for meetings; Riverton's former aide has a revoked grant.
  {
    id: 'priya-natarajan',
    name: 'Priya Natarajan',
    email: 'priya.natarajan@lakeport.example',
    title: 'Deputy Mayor',
    role: 'city_staff',
    memberId: 'lakeport',
    termStartedOn: null,
    policyAreas: ['public-safety', 'budget-finance'],
    // Lakeport's deputy mayor chose to be listed; other city staff are not, until they choose.
    listedInDirectory: true,
  },
  {
    id: 'tom-alvarez',
    name: 'Tom Alvarez',
    email: 'tom.alvarez@lakeport.example',
    title: 'Director of Housing',
    role: 'city_staff',
    memberId: 'lakeport',
    termStartedOn: null,
    policyAreas: ['housing'],
  },
  {
    id: 'sam-reyes',
    name: 'Sam Reyes',
    email: 'sam.reyes@riverton.example',
    title: 'Senior Policy Advisor',
    role: 'city_staff',
    memberId: 'riverton',
    termStartedOn: null,
    policyAreas: ['climate-energy', 'transportation'],
  },
  {
    id: 'elena-park',
    name: 'Elena Park',
    email: 'elena.park@mayorsinnovation.example',
    title: 'Executive Director',
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    policyAreas: ['economic-development', 'equity-inclusion'],
    listedInDirectory: true,
    staffAreas: ['admin'],
  },
  // MIP's policy staffer: writes the delivered memos. Elena and Nadia are the directory's policy experts.
  {
    id: 'nadia-brooks',
    name: 'Nadia Brooks',
    email: 'nadia.brooks@mayorsinnovation.example',
    title: 'Senior Policy Analyst',
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    policyAreas: ['housing', 'public-safety', 'workforce'],
    listedInDirectory: true,
    staffAreas: ['policy'],
  },
];

export function seedDemoPeople(): PersonRow[] {
  return demoPeople.map((p) => ({
    ...p,
    staffAreas: p.staffAreas ?? [],
    deactivatedAt: null,
    password: DEMO_PASSWORD,
    identifiesAsWoman: p.identifiesAsWoman ?? false,
    // Mayors and MIP's experts are listed unless they opted out; city staff only when they opt in.
    listedInDirectory: p.listedInDirectory ?? p.role !== 'city_staff',
  }));
}

export function seedDemoMembers(): MemberRow[] {
  return [
    {
      id: 'riverton',
      city: 'Riverton',
      state: 'WI',
      population: 212_000,
      populationSource: CENSUS_2020.source,
      populationAsOf: CENSUS_2020.asOf,
      populationChange: null,
      version: 0,
      mayorId: 'ana-ortiz',
      kind: 'member',
      joinedOn: '2016-09-12',
      fiscalYearStart: '01-01',
    },
    {
      id: 'lakeport',
      city: 'Lakeport',
      state: 'IL',
      population: 1_250_000,
      populationSource: CENSUS_2020.source,
      populationAsOf: CENSUS_2020.asOf,
      populationChange: null,
      version: 0,
      mayorId: 'marcus-bell',
      kind: 'member',
      joinedOn: '2012-03-01',
      fiscalYearStart: '01-01',
    },
    {
      id: 'cedar-falls',
      city: 'Cedar Falls',
      state: 'IA',
      population: 8_400,
      populationSource: CENSUS_2020.source,
      populationAsOf: CENSUS_2020.asOf,
      populationChange: null,
      version: 0,
      mayorId: 'dana-whitfield',
      kind: 'member',
      joinedOn: '2021-08-20',
      fiscalYearStart: '07-01',
    },
    {
      id: 'millbrook',
      city: 'Millbrook',
      state: 'NY',
      population: 45_000,
      populationSource: CENSUS_2020.source,
      populationAsOf: CENSUS_2020.asOf,
      populationChange: null,
      version: 0,
      mayorId: 'lee-chen',
      kind: 'prospective',
      joinedOn: null,
      fiscalYearStart: '06-01',
    },
  ];
}
