// `Depends-on:` lines (patchwork's convention) in a cover letter or patch: the message-ids of the series
// this one needs applied first, given as `<msgid>`, a bare id or an archive URL naming one.
import { normaliseMessageId } from './msgid.js';

const DEPENDS_ON = /^Depends-on:[ \t]*(\S.*?)[ \t]*$/gim;

export function findDependsOn(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(DEPENDS_ON)) {
    const id = normaliseMessageId(m[1]);
    if (id.includes('@') && !out.includes(id)) out.push(id);
  }
  return out;
}
