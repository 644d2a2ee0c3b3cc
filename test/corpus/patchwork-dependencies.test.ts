// patchwork's Depends-on fixtures (MANIFEST §2.3, dependency-*.mbox.template): a series naming the series
// it depends on. The templates are filled in at test time with the tokens we resolve: a message-id in
// brackets (cover, first or second patch of the base series) or an archive URL naming one. patchwork's own
// web URLs (…/series/N/, …/patch/N/) name rows of its database, which an archive of mail does not have.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSeries } from '../../ingest/archive/series-queries.js';
import { peersRoot } from './corpus-paths.js';
import { ingestCase } from './ingest-corpus.js';
import { scratchDir } from '../run-cli.js';

const dir = join(peersRoot, 'patchwork', 'series');
const BASE_COVER = '20240610210912.161735-1-ahassick@iol.unh.edu';
const BASE_PATCH_1 = '20240610210912.161735-3-ahassick@iol.unh.edu';
const BASE_PATCH_2 = '20240610210912.161735-5-ahassick@iol.unh.edu';
const OWN_COVER = '20240611160854.192806-1-ahassick@iol.unh.edu';

function filled(template: string, tokens: Record<string, string>): string {
  let text = readFileSync(join(dir, template), 'utf8');
  for (const [k, v] of Object.entries(tokens)) text = text.replaceAll(`{${k}}`, v);
  const out = join(scratchDir(), template.replace('.template', ''));
  writeFileSync(out, text);
  return out;
}

/** Series ids by a member message, and what each depends on / is depended on by. */
async function dependencies(...files: string[]) {
  const { db, report } = await ingestCase(join(dir, 'dependency-base-patch.mbox'), ...files);
  expect(report.skipped).toEqual([]);
  const all = listSeries(db);
  const idOf = (msgid: string) => all.find((s) => s.revisions.some((r) => r.coverMessageId === msgid))!.id;
  const of = (msgid: string) => {
    const s = all.find((x) => x.id === idOf(msgid))!;
    return { dependsOn: s.revisions.flatMap((r) => r.dependsOn), dependents: s.dependents };
  };
  return { idOf, of };
}

describe('patchwork Depends-on fixtures', () => {
  it.each([
    ['the base cover message-id', `<${BASE_COVER}>`],
    ['its first patch', `<${BASE_PATCH_1}>`],
    ['its second patch', `<${BASE_PATCH_2}>`],
    ['an archive URL of its cover', `https://lore.kernel.org/all/${BASE_COVER}/`],
  ])('dependency-one-cover: `Depends-on:` in the cover naming %s makes the new series depend on the base one', async (_what, token) => {
    const d = await dependencies(filled('dependency-one-cover.mbox.template', { depends_token: token }));
    expect(d.of(OWN_COVER)).toEqual({ dependsOn: [d.idOf(BASE_COVER)], dependents: [] });
    expect(d.of(BASE_COVER)).toEqual({ dependsOn: [], dependents: [d.idOf(OWN_COVER)] });
  });

  it('dependency-one-first-patch: the same from the first patch; naming its own cover is no self-dependency', async () => {
    const d = await dependencies(filled('dependency-one-first-patch.mbox.template', { depends_token: `<${BASE_PATCH_1}>` }));
    expect(d.of(OWN_COVER).dependsOn).toEqual([d.idOf(BASE_COVER)]);
    const self = await dependencies(filled('dependency-one-first-patch.mbox.template', { depends_token: `<${OWN_COVER}>` }));
    expect(self.of(OWN_COVER)).toEqual({ dependsOn: [], dependents: [] });
  });

  const SECOND = '20240611160854.192806-1-ahassick@iol.unh.edu';
  const THIRD = '20240612204019.364820-1-ahassick@iol.unh.edu';
  it.each(['dependency-multi.mbox.template', 'dependency-multi-2.mbox.template'])(
    '%s: two Depends-on lines give [series1, series2] in that order, and each base lists its dependents',
    async (template) => {
      const second = filled('dependency-one-cover.mbox.template', { depends_token: `<${BASE_COVER}>` });
      const third = filled(template, { depends_token_1: `<${BASE_COVER}>`, depends_token_2: `<${SECOND}>` });
      const d = await dependencies(second, third);
      expect(d.of(THIRD).dependsOn).toEqual([d.idOf(BASE_COVER), d.idOf(SECOND)]);
      expect(d.of(BASE_COVER).dependents.sort()).toEqual([d.idOf(SECOND), d.idOf(THIRD)].sort());
      expect(d.of(SECOND)).toEqual({ dependsOn: [d.idOf(BASE_COVER)], dependents: [d.idOf(THIRD)] });
    },
  );
});
