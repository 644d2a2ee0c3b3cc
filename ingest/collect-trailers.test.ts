import { describe, expect, it } from 'vitest';
import { findReplyTrailers } from './parse/trailers.js';
import { collectTrailers, type ReplyFacts } from './collect-trailers.js';

let minute = 0;
function reply(messageId: string, from: string, answers: string, text: string): ReplyFacts {
  const [, name, email] = /^(.*) <(.*)>$/.exec(from)!;
  minute += 1;
  return { messageId, fromName: name, fromEmail: email, date: minute * 60_000, answers, trailers: findReplyTrailers(text).trailers };
}

const rows = (out: ReturnType<typeof collectTrailers>) => out.map((t) => `${t.patchId} ${t.status} ${t.name}: ${t.value} (${t.givenIn})`);
const revision = [{ coverId: 'cover', patchIds: ['p1', 'p2'] }];

describe('collectTrailers', () => {
  it('puts a cover-letter trailer on every patch and a patch reply\'s on that patch only', () => {
    const out = collectTrailers(new Map(), [
      reply('r1', 'Rita <rita@example.net>', 'p2', 'Looks good.\n\nReviewed-by: Rita <rita@example.net>'),
      reply('r2', 'Tess <tess@example.org>', 'cover', 'Tested-by: Tess <tess@example.org>'),
    ], revision);
    expect(rows(out)).toEqual([
      'p2 collected Reviewed-by: Rita <rita@example.net> (r1)',
      'p1 collected Tested-by: Tess <tess@example.org> (r2)',
      'p2 collected Tested-by: Tess <tess@example.org> (r2)',
    ]);
  });

  it('reports a trailer for someone other than the sender, and a bot\'s suggested tags, instead of taking them', () => {
    const out = collectTrailers(new Map(), [
      reply('r1', 'Bob <bob@example.net>', 'p1', 'Acked-by: Max <max@example.com>'),
      reply('r2', 'kernel test robot <lkp@intel.com>', 'p1', 'Reported-by: kernel test robot <lkp@intel.com>'),
    ], revision);
    expect(rows(out)).toEqual([
      'p1 mismatch Acked-by: Max <max@example.com> (r1)',
      'p1 bot Reported-by: kernel test robot <lkp@intel.com> (r2)',
    ]);
  });

  it('adds nothing for a trailer the patch already carries, and keeps a re-sent one with its case fixed', () => {
    const own = new Map([['p1', findReplyTrailers('Reviewed-by: Rita <rita@example.net>').trailers]]);
    const out = collectTrailers(own, [
      reply('r1', 'Rita <rita@example.net>', 'p1', 'Reviewed-by: Rita <rita@example.net>'),
      reply('r2', 'Oscar Salvador <osalvador@suse.de>', 'p1', 'Reviewed-by: Oscar salvador <osalvador@suse.de>'),
      reply('r3', 'Oscar Salvador <osalvador@suse.de>', 'p1', 'Reviewed-by: Oscar Salvador <osalvador@suse.de>'),
    ], revision);
    expect(rows(out)).toEqual([
      'p1 own Reviewed-by: Rita <rita@example.net> (p1)',
      'p1 collected Reviewed-by: Oscar Salvador <osalvador@suse.de> (r3)',
    ]);
  });
});
