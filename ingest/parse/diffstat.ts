// The diffstat that `git format-patch` writes below `---`:
//  mm/memory.c | 12 +++++-----
//  2 files changed, 10 insertions(+), 2 deletions(-)
//  create mode 100644 mm/new.c

const FILE_COUNT = /^\s*\d+ ?[+-]*$/;
const SUMMARY = /^ +\d+ files? changed/;
const SUMMARY_TAIL = /^ +(?:(?:create|delete) mode \d+ |mode change \d+ => \d+ |(?:rename|copy) .* \(\d+%\)$)/;

export function isDiffstatFileLine(line: string): boolean {
  if (line[0] !== ' ') return false;
  const bar = line.lastIndexOf('|');
  if (bar < 2) return false;
  const tail = line.slice(bar + 1);
  return FILE_COUNT.test(tail) || tail.startsWith(' Bin ');
}

function isDiffstatLine(line: string): boolean {
  return isDiffstatFileLine(line) || SUMMARY.test(line) || SUMMARY_TAIL.test(line);
}

/**
 * Separates the diffstat from free text (changelog notes): the last run of diffstat lines that
 * has a `N files changed` summary, else the last run of ` file | N +-` lines. With `atEnd`, only a
 * run at the end of the text counts (a pull request's diffstat right above its diff).
 */
export function readDiffstat(lines: string[], atEnd = false): { notes: string[]; diffstat: string[] } {
  let best: [number, number] | null = null;
  let bestHasSummary = false;
  for (let i = 0; i < lines.length; ) {
    if (!isDiffstatLine(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    let hasSummary = false;
    for (; j < lines.length && isDiffstatLine(lines[j]); j++) hasSummary ||= SUMMARY.test(lines[j]);
    if (hasSummary || !bestHasSummary) {
      best = [i, j];
      bestHasSummary = hasSummary;
    }
    i = j;
  }
  if (!best || (atEnd && !lines.slice(best[1]).every((line) => line.trim() === ''))) {
    return { notes: lines, diffstat: [] };
  }
  return {
    notes: [...lines.slice(0, best[0]), ...lines.slice(best[1])],
    diffstat: lines.slice(best[0], best[1]),
  };
}
