/**
 * A track's name inside a sentence. A body's name takes "the" ("Join the Women Mayors' Network");
 * a name for a group of people reads as a plural name and takes none ("Leave First-Term Mayors").
 */
export function trackInSentence(name: string): string {
  return /Mayors$/.test(name) ? name : `the ${name}`;
}
