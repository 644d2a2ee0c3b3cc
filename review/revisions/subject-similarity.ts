// How alike two patch subjects are: a Dice coefficient over their words (identifiers kept whole), each word
// weighted by how rare it is among the subjects of the two revisions. In a series where every subject says
// "update X to use mmap_prepare", the X is what tells two patches apart; "update", "use" and
// "mmap_prepare" count for little.

export function subjectWords(subject: string): string[] {
  return [...new Set(subject.toLowerCase().match(/[a-z0-9_]+/g) ?? [])];
}

export type SubjectSimilarity = (x: string, y: string) => number;

/** A similarity measure for the given subjects: 1 for the same words, 0 for none in common. */
export function subjectSimilarityAmong(subjects: string[]): SubjectSimilarity {
  const documents = new Map<string, number>();
  for (const s of subjects) for (const w of subjectWords(s)) documents.set(w, (documents.get(w) ?? 0) + 1);
  const n = Math.max(1, subjects.length);
  // Inverse document frequency, smoothed so that an unseen word still counts.
  const weight = (w: string) => Math.log(1 + n / (documents.get(w) ?? 1));
  const words = new Map<string, string[]>();
  const wordsOf = (subject: string) => words.get(subject) ?? (words.set(subject, subjectWords(subject)), words.get(subject)!);
  return (x, y) => {
    const a = wordsOf(x);
    const b = new Set(wordsOf(y));
    const total = a.reduce((s, w) => s + weight(w), 0) + [...b].reduce((s, w) => s + weight(w), 0);
    if (total === 0) return 1;
    const common = a.filter((w) => b.has(w)).reduce((s, w) => s + weight(w), 0);
    return (2 * common) / total;
  };
}
