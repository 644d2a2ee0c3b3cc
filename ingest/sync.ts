// `mlreview sync`: brings every configured source up to date, one after another, derives threads and
// series once, and says what is new since the run began.
import type { Diagnostic } from '../core/message.js';
import type { Db } from './archive/db.js';
import { findSeriesId } from './archive/series-queries.js';
import { newsSince, takeSnapshot, type SyncNews } from './archive/sync-news.js';
import { derive } from './derive.js';
import { storeSources, type IngestOptions } from './ingest.js';
import { DEFAULT_FETCH_POLICY } from './sources/http-fetch.js';
import type { SyncConfig } from './sync-config.js';

export interface SourceOutcome {
  name: string;
  url: string;
  added: number;
  duplicates: number;
  skipped: Diagnostic[];
  /** Why the source could not be read at all. */
  failed?: string;
  /** The source had nothing new (unchanged file, 304 from the archive). */
  unchanged: boolean;
}

export interface SyncReport extends SyncNews {
  sources: SourceOutcome[];
  /** Followed series named in the configuration that the archive does not have. */
  unknownTracked: string[];
  threads: number;
  series: number;
}

export interface SyncOptions extends Pick<IngestOptions, 'onProgress' | 'onNotice' | 'now'> {
  imapPassword: NonNullable<IngestOptions['imap']>['password'];
  /** Turns a configured path (`~/mail/x.mbox`) into one the file system knows. */
  resolvePath: (path: string) => string;
}

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** Followed series: those named under [track], else every series the archive held before the sync. */
function followedSeries(db: Db, config: SyncConfig): { followed: (id: string) => boolean; unknown: string[] } {
  const named = config.track?.series ?? [];
  if (named.length === 0) return { followed: () => true, unknown: [] };
  const ids = named.map((n) => ({ n, id: findSeriesId(db, n.replace(/^<|>$/g, '')) }));
  const known = new Set(ids.flatMap((x) => (x.id ? [x.id] : [])));
  return { followed: (id) => known.has(id), unknown: ids.filter((x) => !x.id).map((x) => x.n) };
}

export async function sync(db: Db, config: SyncConfig, opts: SyncOptions): Promise<SyncReport> {
  const before = takeSnapshot(db);
  const { followed, unknown } = followedSeries(db, config);
  const fetchPolicy = {
    ...DEFAULT_FETCH_POLICY,
    ...(config.fetch?.['interval-ms'] !== undefined ? { minIntervalMs: config.fetch['interval-ms'] } : {}),
    ...(config.fetch?.['timeout-s'] !== undefined ? { timeoutMs: config.fetch['timeout-s'] * 1000 } : {}),
  };
  const sources: SourceOutcome[] = [];
  for (const s of config.source) {
    const url = isUrl(s.url) ? s.url : opts.resolvePath(s.url);
    const r = await storeSources(db, [url], {
      ...opts,
      fetchPolicy,
      months: s.months,
      imap: { password: opts.imapPassword, insecurePlain: s['insecure-plain'] },
    });
    sources.push({
      name: s.name ?? s.url,
      url,
      added: r.added,
      duplicates: r.duplicates,
      skipped: r.skipped,
      ...(r.failed.length ? { failed: r.failed.map((f) => f.reason).join('; ') } : {}),
      unchanged: r.unchanged.length > 0,
    });
  }
  const derived = derive(db);
  return { sources, unknownTracked: unknown, threads: derived.threads, series: derived.series, ...newsSince(db, before, followed) };
}
