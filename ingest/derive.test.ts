import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from './archive/db.js';
import { derive } from './derive.js';
import { storeSources } from './ingest.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const exampleMbox = join(here, '..', 'examples', 'ringbuf-v1-v2.mbox');
const orphanMbox = join(here, '__fixtures__', 'orphan-reply-without-references.mbox');

/** Derived tables in a stable order, without the row numbers that depend on processing order. */
function derivedTables(db: Db) {
  const q = (sql: string) => db.prepare(sql).all();
  return {
    nodes: q(`SELECT n.message_id, t.root_id, n.parent_id, n.ghost, n.depth, n.position, t.message_count
      FROM thread_nodes n JOIN threads t ON t.id = n.thread_id ORDER BY n.message_id`),
    revisions: q(`SELECT series_id, position, version, label, cover_message_id, anchor_message_id, total, missing_json,
      link_confidence, link_reason FROM revisions ORDER BY series_id, position`),
    patches: q(`SELECT r.anchor_message_id, rp.idx, rp.message_id, rp.carried FROM revision_patches rp
      JOIN revisions r ON r.id = rp.revision_id ORDER BY 1, 2, 3`),
    trailers: q('SELECT * FROM patch_trailers ORDER BY patch_id, position'),
  };
}

async function archiveOf(...sources: string[]): Promise<Db> {
  const db = openDb(':memory:');
  await storeSources(db, sources);
  return db;
}

describe('derive', () => {
  it('gives the same threads, series and trailers however the reply graph is batched', async () => {
    const db = await archiveOf(exampleMbox, orphanMbox);
    derive(db);
    const whole = derivedTables(db);
    derive(db, { batchMessages: 1 });
    expect(derivedTables(db)).toEqual(whole);
    expect(whole.trailers.length).toBeGreaterThan(0);
  });

  it('threads a Re: without References under the root with its title, and collects its trailer', async () => {
    const db = await archiveOf(orphanMbox);
    derive(db, { batchMessages: 1 });
    const { nodes, trailers } = derivedTables(db);
    expect(nodes).toContainEqual(expect.objectContaining({ message_id: 'rita-review@example.org', parent_id: 'tidy-foo@example.org', depth: 1 }));
    expect(nodes).toContainEqual(expect.objectContaining({ message_id: 'unrelated@example.org', root_id: 'unrelated@example.org' }));
    expect(trailers).toContainEqual(expect.objectContaining({ patch_id: 'tidy-foo@example.org', name: 'Reviewed-by', given_in: 'rita-review@example.org', status: 'collected' }));
  });
});
