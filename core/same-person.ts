// Who is who across addresses. Kernel people write from a work and a personal address, and show their name
// in more than one way ("David Hildenbrand (Arm)"): two senders are one person when they share an address,
// or a full name (two words or more) as the From line gives it. A one-word name stands only for itself.
import type { Person } from './review-point.js';

/** The full name a From line gives, normalised for comparing; none for a bare address or a single word. */
export function fullNameKey(p: Person): string | undefined {
  const name = p.name.trim().replace(/\s+/g, ' ').toLowerCase();
  return name !== p.email.toLowerCase() && name.includes(' ') ? name : undefined;
}

export function samePerson(a: Person, b: Person): boolean {
  if (a.email.toLowerCase() === b.email.toLowerCase()) return true;
  const name = fullNameKey(a);
  return name !== undefined && name === fullNameKey(b);
}

/**
 * Numbers people so that everyone who is one person (by address or full name, transitively) gets the
 * same number: a work address and a personal one are joined by the name used with both.
 */
export function groupPeople(people: readonly Person[]): number[] {
  const parent = people.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const seen = new Map<string, number>();
  people.forEach((p, i) => {
    for (const key of [`@${p.email.toLowerCase()}`, ...(fullNameKey(p) ? [`=${fullNameKey(p)}`] : [])]) {
      const other = seen.get(key);
      if (other === undefined) seen.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  return people.map((_, i) => find(i));
}
