// Scissors lines (`-- >8 --`, `----8<----`, `--8<--`): "cut here, the patch follows" in a reply,
// as `git mailinfo --scissors` understands them (Documentation/git-mailinfo.txt). git also wants the
// line to be at least 8 characters wide; we accept the shorter `--8<--` that people type by hand.

const MARK = />[8%]|[8%]</;

/** True when the line is a scissors line: a `>8`/`8<` mark (or `>%`/`%<`) with dashes around it. */
export function isScissorsLine(line: string): boolean {
  if (line.length < 4 || line.length > 200 || !MARK.test(line)) return false;
  const text = line.trim();
  let marks = 0;
  let dashes = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const pair = text.slice(i, i + 2);
    if (pair === '>8' || pair === '8<' || pair === '>%' || pair === '%<') {
      marks++;
      i++;
    } else if (c === '-') {
      dashes++;
    } else if (c !== ' ' && c !== '\t') {
      other++;
    }
  }
  // Must start with a perforation or a mark, so a quoted `> --8<--` is not taken for one.
  const head = text.slice(0, 2);
  const startsLikeScissors = text[0] === '-' || head === '8<' || head === '>8' || head === '%<' || head === '>%';
  // Text such as "cut here" may sit between the perforations, but must not dominate the line.
  return marks > 0 && dashes >= 4 && startsLikeScissors && other <= dashes * 2;
}
