import { describe, expect, it } from 'vitest';
import { groupPeople, samePerson } from './same-person.js';

const p = (name: string, email: string) => ({ name, email });

describe('samePerson', () => {
  it('is one person by address, whatever the name shown, or by full name, whatever the address', () => {
    expect(samePerson(p('David Hildenbrand', 'david@redhat.com'), p('David Hildenbrand (Arm)', 'david@redhat.com'))).toBe(true);
    expect(samePerson(p('Lance Yang', 'lance.yang@linux.dev'), p('lance  yang', 'ioworker0@gmail.com'))).toBe(true);
    expect(samePerson(p('Jason', 'jason@a.example'), p('Jason', 'jason@b.example'))).toBe(false);
    expect(samePerson(p('x@a.example', 'x@a.example'), p('x@a.example', 'x@b.example'))).toBe(false);
  });
});

describe('groupPeople', () => {
  it('joins a work and a personal address through the name used with both', () => {
    const groups = groupPeople([
      p('Lance Yang', 'lance.yang@linux.dev'),
      p('Jason', 'jason@a.example'),
      p('lance', 'ioworker0@gmail.com'),
      p('Lance Yang', 'ioworker0@gmail.com'),
      p('Jason', 'jason@b.example'),
    ]);
    expect(groups[0]).toBe(groups[2]);
    expect(groups[0]).toBe(groups[3]);
    expect(new Set(groups).size).toBe(3);
  });
});
