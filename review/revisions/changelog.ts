// Changelogs as authors write them, in the cover letter and below a patch's `---`: a header naming a
// version ("Changes in v2:", "Changes since v1:", "v1 -> v2:", "v3:", "RFC v2 -> v1:") and the items under
// it (bullets with wrapped lines, or plain lines). Covers are often cumulative, so every section says which
// revision it describes: the one the header names, or the one after the version it counts "since".

export interface VersionRef {
  version: number;
  rfc: boolean;
}

export interface ChangelogSection {
  /** The revision whose changes the section lists. */
  describes: VersionRef;
  items: string[];
}

const V = String.raw`(RFC[\s-]*)?v?(\d+(?:\.\d+)?)`;
const IN_VERSION = new RegExp(String.raw`^(?:changes?|changelog|updates?)\s+(?:in|for)\s+${V}$`, 'i');
const SINCE_VERSION = new RegExp(String.raw`^(?:(?:changes?|changelog)\s+)?(?:since|from|vs\.?|over|compared\s+to)\s+${V}$`, 'i');
const FROM_TO = new RegExp(String.raw`^(?:(?:changes?|changelog)\s+)?(?:from\s+)?${V}\s*(?:->|-->|→|=>|\.\.|to)\s*${V}$`, 'i');
const BARE = /^(RFC[\s-]*)?v(\d+(?:\.\d+)?)$/i;
const CHANGES = /^(?:changes|changelog)$/i;
const BULLET = /^\s*(?:[-*+•o]|\d+[.)])\s+/;
const URL_ONLY = /^\s*(?:\[\d+\]\s*)?<?https?:\/\/\S+>?\s*$/;
const STOP = [/^\S.*\(\d+\):$/, /^\s\S.*\|\s+(\d+|Bin)/, /^-{2,3}\s*$/, /^base-commit:/, /^(Signed-off-by|Cc|Link|To):/i, /^\s*\d+ files? changed/];

/** The header a line is, and the inline item after its colon ("v2: rebased"), or null. */
export function readHeader(line: string, posted: VersionRef): { describes: VersionRef; inline: string } | null {
  const m = /^\s*(?:[-*]\s+)?(.+?)\s*(?::\s*(.*))?$/.exec(line.trimEnd());
  if (!m || line.length > 120) return null;
  // "Changes from v2 of the RFC[1]:" says "since RFC v2".
  const head = m[1].replace(/:$/, '').replace(/\[\d+\]/g, '').replace(/\bv(\d+)\s+of\s+the\s+RFC\b/i, 'RFC v$1').trim();
  const inline = (m[2] ?? '').trim();
  const ref = (rfc: string | undefined, v: string) => versionRef(Boolean(rfc), Number(v), posted);
  let describes: VersionRef | null = null;
  let x: RegExpExecArray | null;
  if ((x = IN_VERSION.exec(head))) describes = ref(x[1], x[2]);
  else if ((x = FROM_TO.exec(head))) describes = ref(x[3], x[4]);
  else if ((x = SINCE_VERSION.exec(head))) describes = after(ref(x[1], x[2]), posted);
  else if ((x = BARE.exec(head)) && (m[2] !== undefined || line.trim() === head)) describes = ref(x[1], x[2]);
  else if (CHANGES.test(head) && m[2] !== undefined) describes = posted;
  return describes ? { describes, inline } : null;
}

/**
 * A version named without "RFC" is an RFC in an RFC posting ("Changes for v2" in RFC v2), and so is one
 * newer than a non-RFC posting (an RFC section carried into v1's cover).
 */
function versionRef(rfc: boolean, version: number, posted: VersionRef): VersionRef {
  return { version, rfc: rfc || (posted.rfc && version <= posted.version) || (!posted.rfc && version > posted.version) };
}

/** The revision after `since`: the next version number, or v1 after an RFC when the mail is no RFC. */
function after(since: VersionRef, posted: VersionRef): VersionRef {
  if (since.rfc && !posted.rfc) return { version: 1, rfc: false };
  return { version: since.version + 1, rfc: since.rfc };
}

/** Every changelog section of a text (a cover letter, or a patch's notes), in order. */
export function changelogSections(text: string, posted: VersionRef): ChangelogSection[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const sections: ChangelogSection[] = [];
  let current: { section: ChangelogSection; item: string[] | null } | null = null;
  const close = () => {
    if (current?.item) current.section.items.push(current.item.join(' ').replace(/\s+/g, ' ').trim());
    if (current && current.section.items.length) sections.push(current.section);
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = readHeader(line, posted);
    if (header) {
      close();
      current = { section: { describes: header.describes, items: [] }, item: null };
      if (header.inline && !URL_ONLY.test(header.inline)) current.item = [header.inline.replace(BULLET, '')];
      continue;
    }
    if (!current) continue;
    if (endsSection(lines, i)) {
      close();
      continue;
    }
    if (line.trim() === '') continue;
    if (BULLET.test(line) || !current.item) {
      if (current.item) current.section.items.push(current.item.join(' ').replace(/\s+/g, ' ').trim());
      current.item = [line.replace(BULLET, '').trim()];
    } else {
      current.item.push(line.trim());
    }
  }
  close();
  // A cumulative cover lists the newest first; a later section for a version already seen is an older
  // letter's, carried along (an RFC's "Changes for v2" inside the non-RFC v2 cover).
  return sections.filter((s, i) => !sections.slice(0, i).some((t) => t.describes.version === s.describes.version && t.describes.rfc === s.describes.rfc));
}

/** A blank line not followed by another item, a link line, or what follows a changelog (shortlog, diffstat…). */
function endsSection(lines: string[], i: number): boolean {
  const line = lines[i];
  if (URL_ONLY.test(line) || STOP.some((re) => re.test(line))) return true;
  if (line.trim() !== '') return false;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  return next === undefined || !BULLET.test(next);
}
