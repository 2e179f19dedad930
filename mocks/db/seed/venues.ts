import type { MeetingRow } from '../rows/meetings';

export interface VenueSeed {
  venue: MeetingRow['venue'];
  timeZone: string;
}

export const WASHINGTON_DC: VenueSeed = {
  venue: {
    name: 'The Capitol Hill Conference Center',
    address: '400 New Jersey Ave NW',
    city: 'Washington',
    state: 'DC',
  },
  timeZone: 'America/New_York',
};

/** Summer Meetings move around the country; the list repeats by year. */
export const SUMMER_VENUES: readonly VenueSeed[] = [
  {
    venue: {
      name: 'Monona Terrace Community and Convention Center',
      address: '1 John Nolen Dr',
      city: 'Madison',
      state: 'WI',
    },
    timeZone: 'America/Chicago',
  },
  {
    venue: { name: 'Colorado Convention Center', address: '700 14th St', city: 'Denver', state: 'CO' },
    timeZone: 'America/Denver',
  },
  {
    venue: { name: 'Seattle Central Library Auditorium', address: '1000 4th Ave', city: 'Seattle', state: 'WA' },
    timeZone: 'America/Los_Angeles',
  },
  {
    venue: { name: 'Hynes Convention Center', address: '900 Boylston St', city: 'Boston', state: 'MA' },
    timeZone: 'America/New_York',
  },
  {
    venue: { name: 'Salt Palace Convention Center', address: '100 S West Temple', city: 'Salt Lake City', state: 'UT' },
    timeZone: 'America/Denver',
  },
  {
    venue: { name: 'Minneapolis Central Library', address: '300 Nicollet Mall', city: 'Minneapolis', state: 'MN' },
    timeZone: 'America/Chicago',
  },
  {
    venue: {
      name: 'Oregon Convention Center',
      address: '777 NE Martin Luther King Jr Blvd',
      city: 'Portland',
      state: 'OR',
    },
    timeZone: 'America/Los_Angeles',
  },
  {
    venue: {
      name: 'David L. Lawrence Convention Center',
      address: '1000 Fort Duquesne Blvd',
      city: 'Pittsburgh',
      state: 'PA',
    },
    timeZone: 'America/New_York',
  },
];

export const INVITE_ONLY_VENUES = {
  minneapolis: {
    venue: { name: 'Hennepin Center for the Arts', address: '528 Hennepin Ave', city: 'Minneapolis', state: 'MN' },
    timeZone: 'America/Chicago',
  },
  milwaukee: {
    venue: {
      name: 'Harbor View Conference Room, Discovery World',
      address: '500 N Harbor Dr',
      city: 'Milwaukee',
      state: 'WI',
    },
    timeZone: 'America/Chicago',
  },
  asheville: {
    venue: { name: 'Blue Ridge Retreat Center', address: '84 Ridgecrest Rd', city: 'Asheville', state: 'NC' },
    timeZone: 'America/New_York',
  },
  seattle: {
    venue: { name: 'Civic Innovation Lab', address: '600 4th Ave', city: 'Seattle', state: 'WA' },
    timeZone: 'America/Los_Angeles',
  },
  phoenix: {
    venue: { name: 'Phoenix Convention Center, Room 120', address: '100 N 3rd St', city: 'Phoenix', state: 'AZ' },
    timeZone: 'America/Phoenix',
  },
} satisfies Record<string, VenueSeed>;
