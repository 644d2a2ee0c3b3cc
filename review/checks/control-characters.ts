// Characters that change how source reads without changing how it looks: Unicode bidirectional
// overrides and isolates (Trojan Source, CVE-2021-42574), zero-width characters, the byte-order mark,
// and C0/C1 controls other than tab.
const NAMES: Record<number, string> = {
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
};

// Tab (U+0009) is indentation; form feed (U+000C) still separates sections in some old kernel files.
const CONTROL = /[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

export function findControl(text: string): { column: number; codePoint: number } | undefined {
  const m = CONTROL.exec(text);
  return m ? { column: m.index + 1, codePoint: m[0].codePointAt(0)! } : undefined;
}

export function describeControl(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[codePoint] ? `${hex} ${NAMES[codePoint]}` : `${hex} (a control character)`;
}
