/**
 * The time zones a meeting can be held in, as MIP's staff choose them on the meeting form: the
 * IANA zones of the United States, named the way people say them. A meeting's times are wall-clock
 * times in its zone; members see them in that zone and in their own.
 */
export const US_TIME_ZONES = {
  'America/New_York': 'Eastern (New York)',
  'America/Chicago': 'Central (Chicago)',
  'America/Denver': 'Mountain (Denver)',
  'America/Phoenix': 'Mountain, no daylight saving (Phoenix)',
  'America/Los_Angeles': 'Pacific (Los Angeles)',
  'America/Anchorage': 'Alaska (Anchorage)',
  'Pacific/Honolulu': 'Hawaii (Honolulu)',
  'America/Puerto_Rico': 'Atlantic (San Juan)',
} as const;

export type UsTimeZone = keyof typeof US_TIME_ZONES;

export const US_TIME_ZONE_IDS = Object.keys(US_TIME_ZONES) as [UsTimeZone, ...UsTimeZone[]];
