// List archives as sources, over HTTP(S) or from local files: pipermail message pages, monthly files and
// list indexes; public-inbox threads (t.mbox.gz) and feeds (new.atom); any other URL of mail. A spec expands
// into the sources the ingest job then reads one after another; what a server says has not changed since
// the last run is not fetched again.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from './archive/db.js';
import { getFetchedUrl, saveFetchedUrl } from './archive/fetched-urls.js';
import { hasMessage } from './archive/message-queries.js';
import { candidatesByTitle } from './archive/placement-queries.js';
import { parseMailDate } from './parse/date.js';
import { parseSubject } from './parse/subject.js';
import { placeMail } from './pipermail-placement.js';
import { parseAtomFeed } from './sources/atom-feed.js';
import type { HttpFetcher } from './sources/http-fetch.js';
import type { RawMessage } from './sources/mbox.js';
import { parsePipermailPage } from './sources/pipermail-page.js';
import { pipermailToMail } from './sources/pipermail-mail.js';
import { mendSender } from './sources/pipermail-month.js';
import { pipermailMonths } from './sources/pipermail-index.js';
import { openFile, type OpenedSource } from './sources/read-source.js';

export type ArchiveKind = 'pipermail-page' | 'pipermail-month' | 'pipermail-index' | 'public-inbox-thread' | 'public-inbox-feed' | 'mail-url';

/** An archive source to read, with what to do once its messages are stored. */
export type ArchiveSource = OpenedSource & { afterStored?: () => void; dispose?: () => void };

export interface ArchiveContext {
  db: Db;
  fetcher: HttpFetcher;
  now: () => number;
  /** Download progress, for a progress bar. */
  onProgress?: (p: { source: string; bytes: number; total: number; messages: number }) => void;
  /** For a pipermail list index: how many of the most recent months to read. */
  months?: number;
}

const isUrl = (spec: string) => /^https?:\/\//i.test(spec);

/** What kind of archive a SOURCE argument is, or undefined for an ordinary file, directory or mailbox. */
export function archiveKind(spec: string): ArchiveKind | undefined {
  if (!isUrl(spec)) {
    if (/\.html?$/i.test(spec)) return 'pipermail-page';
    if (/\.atom$/i.test(spec)) return 'public-inbox-feed';
    if (/\.txt(\.gz)?$/i.test(spec)) return 'pipermail-month';
    return undefined;
  }
  const path = new URL(spec).pathname;
  if (/\/new\.atom$/i.test(path)) return 'public-inbox-feed';
  if (/\/t\.mbox\.gz$/i.test(path)) return 'public-inbox-thread';
  if (/\/pipermail\/[^/]+\/?$/i.test(path)) return 'pipermail-index';
  if (/\/\d+\.html?$/i.test(path)) return 'pipermail-page';
  if (/\.txt(\.gz)?$/i.test(path)) return 'pipermail-month';
  // A public-inbox message page (…/list/<message-id>/): its thread.
  if (decodeURIComponent(path.replace(/\/+$/, '').split('/').pop() ?? '').includes('@')) return 'public-inbox-thread';
  return 'mail-url';
}

function inMemory(spec: string, raw: Buffer): OpenedSource {
  return {
    spec,
    kind: 'message',
    size: raw.length,
    seekable: false,
    async *messages(): AsyncGenerator<RawMessage> {
      yield { raw, ref: { source: spec, offset: 0 } };
    },
  };
}

/** Bytes of a URL or local file; undefined when the server says it has not changed since the last run. */
async function readText(spec: string, ctx: ArchiveContext): Promise<{ text: string; remember?: () => void } | undefined> {
  if (!isUrl(spec)) return { text: readFileSync(spec, 'utf8') };
  const known = getFetchedUrl(ctx.db, spec);
  const r = await ctx.fetcher.get(spec, known ?? {});
  if (r.status === 'unchanged') return undefined;
  return { text: r.body.toString('utf8'), remember: () => saveFetchedUrl(ctx.db, { url: spec, etag: r.etag, lastModified: r.lastModified }, ctx.now()) };
}

/** A URL of mail (an mbox, gzipped or not, or one message) downloaded to a temporary file and read from there. */
async function downloaded(url: string, ctx: ArchiveContext, mend = false): Promise<ArchiveSource | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'mlreview-download-'));
  const file = join(dir, 'mail');
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const r = await ctx.fetcher.download(url, file, getFetchedUrl(ctx.db, url) ?? {}, (bytes, total) =>
      ctx.onProgress?.({ source: `downloading ${url}`, bytes, total, messages: 0 }),
    );
    if (r.status === 'unchanged') return dispose(), undefined;
    const source = mendedIf(mend, openFile(file, r.bytes, url));
    return { ...source, dispose, afterStored: () => saveFetchedUrl(ctx.db, { url, etag: r.etag, lastModified: r.lastModified }, ctx.now()) };
  } catch (err) {
    dispose();
    throw err;
  }
}

function mendedIf(mend: boolean, source: OpenedSource): OpenedSource {
  if (!mend) return source;
  return {
    ...source,
    async *messages(resumeAt?: number) {
      for await (const m of source.messages(resumeAt)) yield mendSender(m);
    },
  };
}

/** A pipermail page as mail, placed in its thread (or recognised as a copy of a message already stored). */
async function pipermailPage(spec: string, ctx: ArchiveContext): Promise<ArchiveSource | undefined> {
  const got = await readText(spec, ctx);
  if (!got) return undefined;
  const page = parsePipermailPage(got.text, spec);
  const date = parseMailDate(page.date);
  const placement = placeMail({ fromEmail: page.fromEmail, date, body: page.body }, candidatesByTitle(ctx.db, parseSubject(page.subject).title));
  // A copy of stored mail takes that message's id, so it is counted once and its list remembered.
  const known = placement.kind === 'duplicate' ? { ...page, messageId: placement.of } : page;
  const threading = placement.kind === 'reply' ? { inReplyTo: placement.parent.messageId, references: placement.parent.references } : undefined;
  return { ...inMemory(spec, pipermailToMail(known, threading)), afterStored: got.remember };
}

/** The threads of a feed's entries that are not in the archive yet, fetched one at a time. */
async function* feedThreads(spec: string, ctx: ArchiveContext): AsyncGenerator<ArchiveSource> {
  const got = await readText(spec, ctx);
  if (!got) return;
  for (const entry of parseAtomFeed(got.text, spec)) {
    // Asked only now: the thread read for an earlier entry may have brought this message in.
    if (hasMessage(ctx.db, entry.messageId)) continue;
    const thread = await downloaded(entry.threadUrl, ctx);
    if (thread) yield thread;
  }
  got.remember?.();
}

/** The sources a SOURCE argument of an archive kind stands for; an empty result means nothing changed. */
export async function* expandArchiveSpec(spec: string, kind: ArchiveKind, ctx: ArchiveContext): AsyncGenerator<ArchiveSource> {
  if (kind === 'pipermail-page') {
    const page = await pipermailPage(spec, ctx);
    if (page) yield page;
  } else if (kind === 'public-inbox-feed') {
    yield* feedThreads(spec, ctx);
  } else if (kind === 'pipermail-index') {
    const got = await readText(spec, ctx);
    for (const month of got ? pipermailMonths(got.text, spec).slice(0, ctx.months ?? 1) : []) {
      const source = await downloaded(month, ctx, true);
      if (source) yield source;
    }
    got?.remember?.();
  } else if (!isUrl(spec)) {
    yield mendedIf(kind === 'pipermail-month', openFile(spec, statSync(spec).size));
  } else {
    const thread = kind === 'public-inbox-thread' && !/\/t\.mbox\.gz$/i.test(spec) ? `${spec.replace(/\/?$/, '/')}t.mbox.gz` : spec;
    const source = await downloaded(thread, ctx, kind === 'pipermail-month');
    if (source) yield source;
  }
}
