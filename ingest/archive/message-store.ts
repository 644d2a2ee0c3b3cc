// Writes analysed messages into the archive: one row per Message-ID, duplicates only add list ids.
import type { AnalysedMessage } from '../../core/message.js';
import type { Trailer } from '../../core/patch.js';
import type { Db } from './db.js';

export type InsertResult = 'added' | 'duplicate';


export class MessageStore {
  private readonly insertMessage;
  private readonly insertList;
  private readonly insertBody;
  private readonly insertPatch;
  private readonly insertFile;
  private readonly insertTrailer;
  private readonly insertFixup;
  private readonly insertFts;

  constructor(db: Db, private readonly now: () => number = Date.now) {
    this.insertMessage = db.prepare(`INSERT INTO messages (message_id, synthetic_id, subject, from_name, from_email,
      to_raw, cc_raw, date, date_raw, in_reply_to, refs, kind, has_diff, title, is_reply, version, labels,
      tags, idx, total, links, depends_on, source, source_offset, ingested_at)
      VALUES (@messageId, @syntheticId, @subject, @fromName, @fromEmail, @to, @cc, @date, @dateRaw, @inReplyTo,
      @refs, @kind, @hasDiff, @title, @isReply, @version, @labels, @tags, @idx, @total, @links, @dependsOn, @source, @offset, @now)
      ON CONFLICT(message_id) DO NOTHING`);
    this.insertList = db.prepare('INSERT OR IGNORE INTO message_lists (message_id, list_id) VALUES (?, ?)');
    this.insertBody = db.prepare('INSERT INTO message_bodies (id, body) VALUES (?, ?)');
    this.insertPatch = db.prepare(`INSERT OR REPLACE INTO patches (message_id, commit_message, notes, diffstat,
      diff_offset, diff_length, diff, base_commit, change_id, in_body_from, pull_url)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertFile = db.prepare(`INSERT INTO patch_files (message_id, old_path, new_path, status, added, removed,
      binary) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.insertTrailer = db.prepare(`INSERT OR REPLACE INTO message_trailers (message_id, position, name, value,
      extinfo, person_name, person_email, quoted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertFixup = db.prepare('INSERT OR REPLACE INTO fixups (message_id, position, subject, diff) VALUES (?, ?, ?, ?)');
    this.insertFts = db.prepare('INSERT INTO messages_fts (rowid, subject, author, body, files) VALUES (?, ?, ?, ?, ?)');
  }

  /** Stores one message; the caller wraps batches in a transaction. */
  insert(a: AnalysedMessage): InsertResult {
    const m = a.message;
    for (const list of m.listIds) this.insertList.run(m.messageId, list);
    const info = this.insertMessage.run({
      messageId: m.messageId,
      syntheticId: m.syntheticId ? 1 : 0,
      subject: m.subject,
      fromName: m.from.name,
      fromEmail: m.from.email.toLowerCase(),
      to: m.recipients.to,
      cc: m.recipients.cc,
      date: m.date,
      dateRaw: m.dateRaw,
      inReplyTo: m.inReplyTo,
      refs: m.references.join(' '),
      kind: a.kind,
      hasDiff: a.patch && (a.patch.diff !== '' || (a.diffLocation?.length ?? 0) > 0) ? 1 : 0,
      title: a.subject.title,
      isReply: a.subject.isReply ? 1 : 0,
      version: a.subject.version,
      labels: a.subject.labels.join(','),
      tags: a.subject.tags.join(','),
      idx: a.subject.index,
      total: a.subject.total,
      links: a.links.join(' '),
      dependsOn: a.dependsOn.join(' '),
      source: m.source.source,
      offset: m.source.offset,
      now: this.now(),
    });
    if (info.changes === 0) return 'duplicate';
    this.insertDetails(a, Number(info.lastInsertRowid));
    return 'added';
  }

  private insertDetails(a: AnalysedMessage, rowid: number): void {
    const id = a.message.messageId;
    const p = a.patch;
    this.insertBody.run(rowid, a.message.body);
    if (p) {
      const at = a.diffLocation;
      this.insertPatch.run(id, p.commitMessage, p.notes, p.diffstat, at?.offset ?? 0, at?.length ?? p.diff.length,
        at ? null : p.diff, p.baseCommit ?? null, p.changeId ?? null, p.inBodyFrom ?? null, p.pullUrl ?? null);
      for (const f of p.files) {
        this.insertFile.run(id, f.oldPath, f.newPath, f.status, f.added, f.removed, f.binary ? 1 : 0);
      }
    }
    const trailers: Array<[Trailer, boolean]> = [
      ...(p?.trailers ?? []).map((t) => [t, false] as [Trailer, boolean]),
      ...a.replyTrailers.map((t) => [t, false] as [Trailer, boolean]),
      ...a.quotedTrailers.map((t) => [t, true] as [Trailer, boolean]),
    ];
    trailers.forEach(([t, quoted], i) => {
      this.insertTrailer.run(id, i, t.name, t.value, t.extinfo ?? null, t.person?.name ?? null,
        t.person?.email?.toLowerCase() ?? null, quoted ? 1 : 0);
    });
    a.fixups.forEach((f, i) => this.insertFixup.run(id, i, f.inBodySubject ?? firstLine(f.commitMessage), f.diff));
    const files = (p?.files ?? []).map((f) => f.newPath ?? f.oldPath).join(' ');
    const author = `${a.message.from.name} ${a.message.from.email}`;
    this.insertFts.run(rowid, a.message.subject, author, a.searchText, files);
  }
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl < 0 ? text : text.slice(0, nl)).trim();
}
