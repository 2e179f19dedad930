/**
 * The possessive of a name, in US (AP) style: "Riverton's", "Cedar Falls'". A name ending in s
 * takes the apostrophe alone. Every possessive of a city or person the hub shows goes through here.
 */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
