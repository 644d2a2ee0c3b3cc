// Turns measured rows into the side-by-side table, the issue's targets with PASS/MISS, and the JSON shape.
const MB = 1024;

/** Keeps, per tool, the fastest successful run; peak RSS is the highest seen over all runs (conservative). */
export function bestOfRuns(runs) {
  const byTool = new Map();
  for (const r of runs) {
    const best = byTool.get(r.tool);
    if (!best) byTool.set(r.tool, { ...r, secondsPerRun: [r.seconds], rssMbPerRun: [r.peakRssKb / MB] });
    else {
      const peak = Math.max(best.peakRssKb, r.peakRssKb);
      const faster = !r.error && (best.error || r.seconds < best.seconds);
      const perRun = { secondsPerRun: [...best.secondsPerRun, r.seconds], rssMbPerRun: [...best.rssMbPerRun, r.peakRssKb / MB] };
      byTool.set(r.tool, { ...(faster ? r : best), peakRssKb: peak, ...perRun });
    }
  }
  return [...byTool.values()].map((r) => ({ ...r, rate: r.error || !r.seconds ? 0 : r.messages / r.seconds }));
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-');

/** The table: tool, messages, seconds, messages/s, peak RSS MB, and mlreview's speed over each row's. */
export function table(rows, mlreview) {
  const head = ['tool', 'messages', 'seconds', 'messages/s', 'peak RSS MB', 'mlreview speed ÷ this'];
  const body = rows.map((r) => [
    r.tool,
    r.error ? 'FAILED' : fmt(r.messages),
    fmt(r.seconds, 2),
    r.error ? '-' : fmt(r.rate),
    fmt(r.peakRssKb / MB, 1),
    mlreview && !mlreview.error && r.rate ? `${fmt(mlreview.rate / r.rate, 2)}×` : '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// Peak RSS may wobble by a few MB between runs; "not growing" allows 10% between the 1× and 2× inputs.
const GROWTH_ALLOWED = 1.1;

/** One line per tool with every run's seconds and peak RSS, so the spread is visible next to the best. */
export function perRunLines(rows) {
  return rows.map((r) => `  ${r.tool}: ${r.secondsPerRun.map((x, i) => `${fmt(x, 2)} s / ${fmt(r.rssMbPerRun[i], 1)} MB`).join(', ')}`);
}

/** The issue's targets, each with the measured value and PASS/MISS. Misses never fail the run. */
export function targets({ mlreview, mlreview2x, peers, floor }) {
  const ok = (r) => r && !r.error;
  const fullPeers = peers.filter(ok);
  const fastest = fullPeers.reduce((a, b) => (b.rate > a.rate ? b : a), fullPeers[0]);
  const mb = (r) => r.peakRssKb / MB;
  const list = [];
  const add = (name, measured, pass) => list.push({ name, measured, pass });
  // The storage floor bounds every design that keeps the mail in SQLite: show it beside the target.
  const ceiling = ok(floor) ? ` (storage floor, nothing parsed: ${fmt(floor.rate)} messages/s)` : '';
  add('≥ 10,000 messages/s end to end', ok(mlreview) ? `${fmt(mlreview.rate)} messages/s${ceiling}` : 'mlreview failed', ok(mlreview) && mlreview.rate >= 10000);
  add(
    '≥ 2× the faster peer (full parse)',
    ok(mlreview) && fastest ? `${fmt(mlreview.rate / fastest.rate, 2)}× ${fastest.tool}` : 'not measured',
    Boolean(ok(mlreview) && fastest && mlreview.rate >= 2 * fastest.rate),
  );
  const both = [mlreview, mlreview2x].filter(ok);
  add('peak RSS < 250 MB (1× and 2× input)', both.length ? both.map((r) => `${fmt(mb(r), 1)} MB`).join(', ') : 'not measured', both.length === 2 && both.every((r) => mb(r) < 250));
  add(
    `peak RSS not growing with size (2× ≤ ${GROWTH_ALLOWED}× of 1×)`,
    both.length === 2 ? `${fmt(mb(mlreview), 1)} → ${fmt(mb(mlreview2x), 1)} MB (${fmt(mlreview2x.peakRssKb / mlreview.peakRssKb, 2)}×)` : 'not measured',
    both.length === 2 && mlreview2x.peakRssKb <= GROWTH_ALLOWED * mlreview.peakRssKb,
  );
  return list;
}

export function targetLines(list) {
  const width = Math.max(...list.map((t) => t.name.length));
  return list.map((t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(width)}  ${t.measured}`).join('\n');
}

/** The --json shape; "schema" changes only when a field changes meaning or goes away. */
export function jsonReport({ input, runs, loadAverage, rows, targetList, notes }) {
  return {
    schema: 1,
    benchmark: 'ingest',
    input,
    runs,
    loadAverage,
    results: rows.map((r) => ({
      tool: r.tool,
      input: r.input,
      command: r.command,
      messages: r.error ? null : r.messages,
      seconds: Number(r.seconds.toFixed(3)),
      messagesPerSecond: r.error ? null : Math.round(r.rate),
      peakRssMb: Number((r.peakRssKb / MB).toFixed(1)),
      secondsPerRun: r.secondsPerRun.map((x) => Number(x.toFixed(3))),
      peakRssMbPerRun: r.rssMbPerRun.map((x) => Number(x.toFixed(1))),
      error: r.error ?? null,
      ...(r.report ? { mlreview: r.report } : {}),
    })),
    targets: targetList.map((t) => ({ target: t.name, measured: t.measured, pass: t.pass })),
    notes,
  };
}
