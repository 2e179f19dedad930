import type { MemberRow, PersonRow } from '../rows/people';

/**
 * The demo accounts and their cities. Names, e-mails and ids are part of the product (docs, README
 * and tests use them): keep them.
 */
export const DEMO_PASSWORD = 'demo';

type PersonSeed = Omit<PersonRow, 'password' | 'listedInDirectory' | 'identifiesAsWoman'> &
  Partial<Pick<PersonRow, 'listedInDirectory' | 'identifiesAsWoman'>>;

const demoPeople: PersonSeed[] = [
  {
    id: 'ana-ortiz',
    name: 'Ana Ortiz',
    email: 'ana.ortiz@riverton.example',
    title: 'Mayor',
    role: 'mayor',
    memberId: 'riverton',
    termStartedOn: '2025-01-06',
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
  },
  {
    id: 'dana-whitfield',
    name: 'Dana Whitfield',
    email: 'dana.whitfield@cedarfalls.example',
    title: 'Mayor',
    role: 'mayor',
    memberId: 'cedar-falls',
    termStartedOn: '2021-01-04',
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
  },
  {
    id: 'morgan-hale',
    name: 'Morgan Hale',
    email: 'morgan.hale@mayorsinnovation.example',
    title: 'Program Staff',
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    listedInDirectory: false,
  },
  {
    id: 'lee-chen',
    name: 'Lee Chen',
    email: 'lee.chen@millbrook.example',
    title: 'Mayor',
    role: 'prospective',
    memberId: 'millbrook',
    termStartedOn: '2023-01-02',
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
  },
  {
    id: 'tom-alvarez',
    name: 'Tom Alvarez',
    email: 'tom.alvarez@lakeport.example',
    title: 'Director of Housing',
    role: 'city_staff',
    memberId: 'lakeport',
    termStartedOn: null,
  },
  {
    id: 'sam-reyes',
    name: 'Sam Reyes',
    email: 'sam.reyes@riverton.example',
    title: 'Senior Policy Advisor',
    role: 'city_staff',
    memberId: 'riverton',
    termStartedOn: null,
  },
  {
    id: 'elena-park',
    name: 'Elena Park',
    email: 'elena.park@mayorsinnovation.example',
    title: 'Executive Director',
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    listedInDirectory: false,
  },
  // MIP's policy staffer: writes the delivered memos.
  {
    id: 'nadia-brooks',
    name: 'Nadia Brooks',
    email: 'nadia.brooks@mayorsinnovation.example',
    title: 'Senior Policy Analyst',
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    listedInDirectory: false,
  },
];

export function seedDemoPeople(): PersonRow[] {
  return demoPeople.map((p) => ({
    ...p,
    password: DEMO_PASSWORD,
    identifiesAsWoman: p.identifiesAsWoman ?? false,
    listedInDirectory: p.listedInDirectory ?? true,
  }));
}

export function seedDemoMembers(): MemberRow[] {
  return [
    {
      id: 'riverton',
      city: 'Riverton',
      state: 'WI',
      population: 212_000,
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
      mayorId: 'lee-chen',
      kind: 'prospective',
      joinedOn: null,
      fiscalYearStart: '06-01',
    },
  ];
}
