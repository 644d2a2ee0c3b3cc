// A fixture mbox of this folder read into an in-memory archive, and the summary input of the series one of
// its messages belongs to: what the summary tests start from.
import { fileURLToPath } from 'node:url';
import { openDb } from '../../../ingest/archive/db.js';
import { loadSeriesForSummary, type SummaryInput } from '../../../ingest/archive/review-queries.js';
import { findSeriesId } from '../../../ingest/archive/series-queries.js';
import { ingest } from '../../../ingest/ingest.js';

export async function fixtureSummaryInput(mbox: string, messageId: string): Promise<SummaryInput> {
  const db = openDb(':memory:');
  try {
    await ingest(db, [fileURLToPath(new URL(`./${mbox}`, import.meta.url))]);
    const seriesId = findSeriesId(db, messageId);
    const input = seriesId ? loadSeriesForSummary(db, seriesId) : undefined;
    if (!input) throw new Error(`${mbox}: no series holds <${messageId}>`);
    return input;
  } finally {
    db.close();
  }
}
