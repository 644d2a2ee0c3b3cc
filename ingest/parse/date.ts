// Date header values (RFC 5322 §3.3 and the obsolete forms of §4.3), read leniently: day names optional,
// seconds optional, two-digit years, named zones, comments such as `(BST)`, asctime order. Never throws.

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

// Offsets in minutes. RFC 5322 §4.3 defines the US zones; the others are common enough in list mail that
// using their offset beats the RFC's "treat as -0000". Ambiguous names (IST, CST in Asia) keep the RFC meaning.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cet: 60, met: 60, west: 60, cest: 120, mest: 120, eet: 120, eest: 180,
  msk: 180, jst: 540, kst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

interface Fields {
  day?: number;
  month?: number;
  year?: number;
  hour?: number;
  minute?: number;
  second?: number;
  zone?: number;
}

const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?([+-]\d{2}:?\d{2})?$/;
const NUMERIC_ZONE = /^([+-])(\d{2}):?(\d{2})?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function zoneMinutes(token: string): number | undefined {
  const m = NUMERIC_ZONE.exec(token);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function readTime(token: string, f: Fields): boolean {
  const m = TIME.exec(token);
  if (!m) return false;
  f.hour = Number(m[1]);
  f.minute = Number(m[2]);
  f.second = m[3] === undefined ? 0 : Number(m[3]);
  if (m[4]) f.zone = zoneMinutes(m[4]);
  return true;
}

function readToken(token: string, f: Fields): void {
  const c = token.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    if (token.includes(':')) {
      if (f.hour === undefined) readTime(token, f);
    } else if (/^\d+$/.test(token)) {
      if (token.length >= 3 && f.year === undefined) f.year = Number(token);
      else if (token.length <= 2 && f.day === undefined) f.day = Number(token);
      else if (f.year === undefined) f.year = Number(token);
    }
  } else if (c === 0x2b || c === 0x2d) {
    if (f.zone === undefined) f.zone = zoneMinutes(token);
  } else {
    const word = token.toLowerCase();
    if (f.month === undefined && word.length >= 3 && word.length <= 9 && MONTHS[word.slice(0, 3)] !== undefined) {
      f.month = MONTHS[word.slice(0, 3)];
    } else if (f.zone === undefined && f.hour !== undefined && ZONES[word] !== undefined) {
      f.zone = ZONES[word];
    }
  }
}

/** Two-digit years are 1950–2049 and three-digit ones count from 1900 (RFC 5322 §4.3). */
function fullYear(year: number, digits: number): number {
  if (digits <= 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits === 3) return 1900 + year;
  return year;
}

function toEpoch(f: Fields, yearDigits: number): number | null {
  const { day, month, hour, minute } = f;
  if (day === undefined || month === undefined || f.year === undefined || hour === undefined || minute === undefined) return null;
  const year = fullYear(f.year, yearDigits);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const second = Math.min(f.second ?? 0, 59); // a leap second is the last second of its minute
  if (hour > 23 || minute > 59 || second > 60 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month + 1, 0)).getUTCDate()) return null;
  return Date.UTC(year, month, day, hour, minute, second) - (f.zone ?? 0) * 60000;
}

function parseIso(value: string): number | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const f: Fields = { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
  if (f.month! < 0 || f.month! > 11) return null;
  f.zone = m[7] === undefined || m[7].toLowerCase() === 'z' ? 0 : zoneMinutes(m[7]);
  return toEpoch(f, 4);
}

/** Epoch milliseconds of a Date header value, or null when it is missing, garbage or absurd. */
export function parseMailDate(value: string | undefined): number | null {
  if (!value) return null;
  const text = value.length > 200 ? value.slice(0, 200) : value;
  const trimmed = text.trim();
  if (/^\d{4}-/.test(trimmed)) return parseIso(trimmed);
  // comments carry zone names that the numeric offset already gives: `+0100 (BST)`
  const tokens = text.replace(/\([^()]*\)/g, ' ').split(/[\s,]+/);
  const f: Fields = {};
  let yearDigits = 4;
  for (const token of tokens) {
    if (token === '') continue;
    const hadYear = f.year !== undefined;
    readToken(token, f);
    if (!hadYear && f.year !== undefined) yearDigits = token.length;
  }
  return toEpoch(f, yearDigits);
}
