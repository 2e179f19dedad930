import type { DirectoryEntry } from '../../src/api/contracts/network';
import type { PolicyAreaRow } from '../../mocks/db/rows/benefits';
import type { MemberRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { findMember } from './people';
import type { ActiveSession } from './sessions';
import { policyAreaMap } from './policy-areas';

export type DirectoryKind = DirectoryEntry['kind'];

export interface DirectoryFilters {
  q?: string | undefined;
  state?: string | undefined;
  policyArea?: string | undefined;
  kind?: DirectoryKind | undefined;
}

/** The city a person belongs to, if any. */
function memberOfPerson(tx: StoreTx, person: PersonRow): Promise<MemberRow | undefined> {
  return person.memberId ? findMember(tx, person.memberId) : Promise.resolve(undefined);
}

/**
 * Who belongs in the directory at all (listed or not), given the person's city: the mayor of a
 * member city, senior staff of a member city, and MIP staff who are policy experts (those with
 * policy areas). Prospective cities and MIP's other staff are not in it. Whether a person shows is
 * their own choice (`listedInDirectory`).
 */
function directoryKindFrom(person: PersonRow, member: MemberRow | undefined): DirectoryKind | null {
  if (person.role === 'mip_staff') return person.policyAreas.length > 0 ? 'mip_expert' : null;
  if (member?.kind !== 'member') return null;
  if (person.role === 'mayor' && member.mayorId === person.id) return 'mayor';
  if (person.role === 'city_staff') return 'city_staff';
  return null;
}

/**
 * How a person looks to others in the directory: name, title, city, e-mail and policy areas.
 * Never their tracks or any self-identification (the Women Mayors' Network is private).
 */
function directoryEntryFrom(
  person: PersonRow,
  kind: DirectoryKind,
  member: MemberRow | undefined,
  areas: ReadonlyMap<string, PolicyAreaRow>,
): DirectoryEntry {
  return {
    personId: person.id,
    name: person.name,
    title: person.title,
    kind,
    city: kind === 'mip_expert' ? null : (member?.city ?? null),
    state: kind === 'mip_expert' ? null : (member?.state ?? null),
    email: person.email,
    policyAreas: person.policyAreas.map((id) => {
      const area = areas.get(id);
      return { id, name: area?.name ?? id };
    }),
  };
}

/** The person's directory entry as others see it, of the kind they have. */
export async function directoryEntryOf(tx: StoreTx, person: PersonRow, kind: DirectoryKind): Promise<DirectoryEntry> {
  return directoryEntryFrom(person, kind, await memberOfPerson(tx, person), await policyAreaMap(tx));
}

/** Lower case without accents, so "pena" finds "Peña". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Ana Ortiz" → "ortiz ana": the directory reads by last name. */
function sortKeyOf(entry: DirectoryEntry): string {
  const parts = fold(entry.name).split(/\s+/);
  const last = parts.pop() ?? '';
  return `${last} ${parts.join(' ')}`;
}

/**
 * Every word of `q` must be found in the name, city or title (anywhere in them) or be the state's
 * two-letter code: "chen", "riverton", "mayor wi", "deputy lakeport".
 */
function matchesWords(entry: DirectoryEntry, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  const haystacks = [entry.name, entry.city ?? '', entry.title ?? ''].map(fold);
  const state = fold(entry.state ?? '');
  return words.every((word) => word === state || haystacks.some((h) => h.includes(word)));
}

/** The listed people matching every filter, by last name then first name. */
export async function searchDirectory(tx: StoreTx, filters: DirectoryFilters): Promise<DirectoryEntry[]> {
  const areas = await policyAreaMap(tx);
  const members = new Map((await tx.members.find()).map((m) => [m.id, m]));
  const entries: DirectoryEntry[] = [];
  for (const person of await tx.people.find({ listedInDirectory: true })) {
    const member = person.memberId ? members.get(person.memberId) : undefined;
    const kind = directoryKindFrom(person, member);
    if (kind === null) continue;
    entries.push(directoryEntryFrom(person, kind, member, areas));
  }
  const state = filters.state?.toUpperCase();
  const q = filters.q?.trim();
  return entries
    .filter(
      (e) =>
        (!filters.kind || e.kind === filters.kind) &&
        (!state || e.state === state) &&
        (!filters.policyArea || e.policyAreas.some((a) => a.id === filters.policyArea)) &&
        (!q || matchesWords(e, q)),
    )
    .map((entry) => ({ entry, key: sortKeyOf(entry) }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en') || a.entry.personId.localeCompare(b.entry.personId, 'en'))
    .map(({ entry }) => entry);
}

const membersOnly = (city: string | null): HttpError =>
  new HttpError(
    403,
    'members_only',
    city
      ? `The network directory is for member cities; it opens for ${city} once the city joins.`
      : 'The network directory is for member cities.',
  );

/**
 * The directory is seen by member cities only: their mayors and staff, and MIP staff (in a preview,
 * as the previewed city would see it, so a prospective city's preview is refused too).
 */
export async function requireDirectoryAccess(tx: StoreTx, session: ActiveSession): Promise<void> {
  if (!session.preview && session.person.role === 'mip_staff') return;
  const memberId = session.preview ? session.preview.memberId : session.person.memberId;
  const member = memberId ? await findMember(tx, memberId) : undefined;
  if (member?.kind !== 'member') throw membersOnly(member?.city ?? null);
}

/**
 * The person's own directory kind; a person who can't be in the directory gets 403 (a prospective
 * city's mayor `members_only`, MIP staff who aren't policy experts `not_in_directory`).
 */
export async function requireDirectoryKind(tx: StoreTx, person: PersonRow): Promise<DirectoryKind> {
  const member = await memberOfPerson(tx, person);
  const kind = directoryKindFrom(person, member);
  if (kind !== null) return kind;
  if (person.role === 'mip_staff') {
    throw new HttpError(
      403,
      'not_in_directory',
      "The directory lists member mayors, senior city staff and MIP's policy experts; your role is not listed in it.",
    );
  }
  throw membersOnly(member?.city ?? null);
}
