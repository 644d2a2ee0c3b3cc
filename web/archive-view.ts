// What the pages read, from one read-only connection: series, each summarised once as a whole (every
// revision in one pass), and each patch's findings. Results are kept until the archive changes (SQLite's
// data_version moves when another connection — an ingest running beside the server — commits).
import type { ReviewFinding } from '../core/review-finding.js';
import { findRevision, revisionSlug } from '../core/revision-name.js';
import type { Db } from '../ingest/archive/db.js';
import { isDerivedStale } from '../ingest/archive/derived-store.js';
import { loadSeriesForSummary, revisionIdOf, type SummaryInput } from '../ingest/archive/review-queries.js';
import { listSeries, type SeriesView } from '../ingest/archive/series-queries.js';
import { loadSeriesRevisions } from '../ingest/archive/revision-queries.js';
import { assembleRevisions, type RevisionsReport } from '../review/revisions/assemble-revisions.js';
import { seriesRevisions } from '../review/revisions/series-revisions.js';
import { archiveTarget } from '../review/review-target.js';
import { reviewSeries } from '../review/review-series.js';
import { assembleSummary } from '../review/summary/assemble-summary.js';
import type { RevisionSummary, Summary } from '../review/summary/summary.js';

export interface SeriesModel {
  series: SeriesView;
  input: SummaryInput;
  summary: Summary;
}

export interface RevisionModel extends SeriesModel {
  /** The revision's name in addresses (`2`, `rfc-1`): what `revision()` and `reviewFindings()` take. */
  slug: string;
  /** The revision as the archive lists it. */
  view: SeriesView['revisions'][number];
  /** The revision as the series summary saw it. */
  revision: RevisionSummary;
}

const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

export class ArchiveView {
  private version = -1;
  private series: SeriesView[] | undefined;
  private readonly models = new Map<string, SeriesModel>();
  private readonly reviews = new Map<string, Promise<ReviewFinding[]>>();
  private readonly tracked = new Map<string, RevisionsReport | undefined>();

  constructor(readonly db: Db) {}

  /** Drops what was computed when the archive changed since. */
  private fresh(): void {
    const now = this.db.pragma('data_version', { simple: true }) as number;
    if (now === this.version) return;
    this.version = now;
    this.series = undefined;
    this.models.clear();
    this.reviews.clear();
    this.tracked.clear();
  }

  /** True while an ingest has stored mail that threads and series do not show yet. */
  stale(): boolean {
    return isDerivedStale(this.db);
  }

  allSeries(): SeriesView[] {
    this.fresh();
    return (this.series ??= listSeries(this.db).sort((a, b) => latestDate(b) - latestDate(a)));
  }

  findSeries(id: string): SeriesView | undefined {
    return this.allSeries().find((s) => s.id === id);
  }

  /** A series with every revision, summarised together. */
  seriesModel(seriesId: string): SeriesModel | undefined {
    const series = this.findSeries(seriesId);
    if (!series) return undefined;
    let model = this.models.get(seriesId);
    if (!model) {
      const input = loadSeriesForSummary(this.db, seriesId);
      if (!input) return undefined;
      model = { series, input, summary: assembleSummary(input) };
      this.models.set(seriesId, model);
    }
    return model;
  }

  /** One revision of a series, by name (`2`, `v2`, `rfc-1`, `RFC v1`); the latest without one. */
  revision(seriesId: string, name?: string): RevisionModel | undefined {
    const model = this.seriesModel(seriesId);
    if (!model) return undefined;
    const revisions = model.series.revisions;
    const at = name === undefined ? revisions.length - 1 : findRevision(revisions, name);
    // The summary lists the series' revisions in the same order.
    const revision = model.summary.revisions[at];
    return revision && revisions[at] ? { ...model, slug: revisionSlug(revisions[at]), view: revisions[at], revision } : undefined;
  }

  /** The revision of a series that a message belongs to (the latest when it is under no posting). */
  revisionOf(seriesId: string, messageId: string): RevisionModel | undefined {
    const id = revisionIdOf(this.db, seriesId, messageId);
    const revision = id === undefined ? undefined : this.findSeries(seriesId)?.revisions.find((r) => r.id === id);
    return this.revision(seriesId, revision && revisionSlug(revision));
  }

  /** Revision tracking of a series: each revision paired with the one before, and what became of the comments. */
  revisionsReport(seriesId: string): RevisionsReport | undefined {
    if (!this.findSeries(seriesId)) return undefined;
    if (!this.tracked.has(seriesId)) {
      // The series was read and summarised once already: revision tracking reuses both.
      const model = this.seriesModel(seriesId);
      const input = model ? loadSeriesRevisions(this.db, seriesId, model.input) : undefined;
      this.tracked.set(seriesId, input && model ? assembleRevisions(seriesRevisions(input, model.summary)) : undefined);
    }
    return this.tracked.get(seriesId);
  }

  /**
   * The review of one revision, as `mlreview review` makes it: knowledge-base and submission-check findings,
   * each marked when a reviewer already raised it in the thread.
   */
  reviewFindings(seriesId: string, slug: string): Promise<ReviewFinding[]> {
    const key = `${seriesId}\u0000${slug}`;
    let found = this.reviews.get(key);
    if (!found) {
      const points = this.seriesModel(seriesId)?.summary.points ?? [];
      found = reviewSeries(archiveTarget(this.db, seriesId, slug).series, { pointsAbout: () => points }).then((r) => r.findings);
      this.reviews.set(key, found);
    }
    return found;
  }

  /**
   * Computes, newest series first, what the pages will ask for, pausing between pieces so that requests are
   * answered meanwhile: after a start, pages come from memory as soon as this has passed them.
   */
  async warm(): Promise<void> {
    this.warming = true;
    for (const s of this.allSeries()) {
      this.seriesModel(s.id);
      await yieldToRequests();
      this.revisionsReport(s.id);
      await yieldToRequests();
      for (const r of [...s.revisions].reverse()) {
        await this.reviewFindings(s.id, revisionSlug(r));
        await yieldToRequests();
      }
    }
    this.warming = false;
  }

  /** Whether the background computation started by warm() is still going. */
  warming = false;
}

const latestDate = (s: SeriesView) => s.revisions[s.revisions.length - 1]?.date ?? s.firstDate ?? 0;
