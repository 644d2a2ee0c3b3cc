// The storage floor of ingest on this machine: split the mbox at its From_ lines and store every message's
// raw bytes in a fresh archive file (same pragmas, same batch size), with no parsing, no FTS and no derive.
// No design that keeps the mail in SQLite can ingest faster than this; the bench prints it beside mlreview.
// Usage: node bench/sqlite-floor.js MBOX DBFILE → prints {"messages": N} on stdout.
import { closeSync, openSync, readSync } from 'node:fs';
import { openDb } from '../dist/ingest/archive/db.js';

const [mbox, dbFile] = process.argv.slice(2);
const db = openDb(dbFile);
db.exec('CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, raw TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO bench_raw (raw) VALUES (CAST(? AS TEXT))');
const storeBatch = db.transaction((messages) => {
  for (const m of messages) insert.run(m);
});

const FROM = Buffer.from('\nFrom ');
const fd = openSync(mbox, 'r');
let buffer = Buffer.allocUnsafe(8 << 20);
let filled = 0;
let messages = 0;
let batch = [];
const flush = () => {
  storeBatch(batch);
  messages += batch.length;
  batch = [];
};
for (;;) {
  if (filled === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
  const n = readSync(fd, buffer, filled, buffer.length - filled, null);
  filled += n;
  // Every complete message in the buffer is stored; the unfinished tail moves to the front.
  let start = 0;
  for (let at = buffer.indexOf(FROM, 1); at >= 0 && at < filled; at = buffer.indexOf(FROM, at + 1)) {
    batch.push(buffer.subarray(start, at + 1));
    start = at + 1;
    if (batch.length === 250) flush();
  }
  flush();
  if (n === 0) {
    if (start < filled) batch.push(buffer.subarray(start, filled));
    flush();
    break;
  }
  buffer.copy(buffer, 0, start, filled);
  filled -= start;
}
closeSync(fd);
db.close();
process.stdout.write(`${JSON.stringify({ messages })}\n`);
