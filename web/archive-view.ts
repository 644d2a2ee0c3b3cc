// What the pages read, from one read-only connection: series, each summarised once as a whole (every
// revision in one pass), and each patch's findings. Results are kept until the archive changes (SQLite's
// data_version moves when another connection — an ingest running beside the server — commits).
import type { ReviewFinding } from '../core/review-finding.js';
import type { Db } from '../ingest/archive/db.js';
import { isDerivedStale } from '../ingest/archive/derived-store.js';
import { loadSeriesForSummary, type SummaryInput } from '../ingest/archive/review-queries.js';
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
  version: number;
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

  /** One revision of a series (the latest when `version` is undefined). */
  revision(seriesId: string, version?: number): RevisionModel | undefined {
    const model = this.seriesModel(seriesId);
    const v = version ?? model?.series.revisions[model.series.revisions.length - 1]?.version;
    const revision = model?.summary.revisions.find((r) => r.version === v);
    return model && revision && v !== undefined ? { ...model, version: v, revision } : undefined;
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
  reviewFindings(seriesId: string, version: number): Promise<ReviewFinding[]> {
    const key = `${seriesId}\u0000${version}`;
    let found = this.reviews.get(key);
    if (!found) {
      const points = this.seriesModel(seriesId)?.summary.points ?? [];
      found = reviewSeries(archiveTarget(this.db, seriesId, version).series, { pointsAbout: () => points }).then((r) => r.findings);
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
        await this.reviewFindings(s.id, r.version);
        await yieldToRequests();
      }
    }
    this.warming = false;
  }

  /** Whether the background computation started by warm() is still going. */
  warming = false;
}

const latestDate = (s: SeriesView) => s.revisions[s.revisions.length - 1]?.date ?? s.firstDate ?? 0;
