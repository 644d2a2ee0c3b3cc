// A C tokenizer for code whose comments and literals are already blanked (strip-comments.ts). It only
// needs to tell identifiers, numbers and punctuators apart; `null` lines mark a gap between two hunks.

export interface Token {
  text: string;
  kind: 'id' | 'num' | 'punct';
  /** Index into the lines given to tokenize(). */
  line: number;
  col: number;
  /** A preprocessor line (#define, #ifdef …) or its backslash continuation. */
  preprocessor: boolean;
  /** First token after a gap between hunks: what came before it is unknown. */
  afterGap: boolean;
}

// Longest punctuators first, then identifiers, numbers, and any other single character.
const TOKEN = /(<<=|>>=|\.\.\.|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||\+=|-=|\*=|\/=|%=|&=|\|=|\^=|##)|([A-Za-z_$][\w$]*)|(\d[\w.]*)|(\S)/y;

export function tokenize(lines: readonly (string | null)[]): Token[] {
  const tokens: Token[] = [];
  let afterGap = false;
  let continuation = false;
  lines.forEach((line, index) => {
    if (line === null) {
      afterGap = true;
      continuation = false;
      return;
    }
    const preprocessor = continuation || /^\s*#/.test(line);
    continuation = preprocessor && /\\\s*$/.test(line);
    const end = line.trimEnd().length;
    for (let i = 0; i < line.length; ) {
      const ch = line.charCodeAt(i);
      if (ch === 32 || ch === 9 || (ch === 92 && i === end - 1)) {
        i++;
        continue;
      }
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(line)!;
      const kind = m[2] ? 'id' : m[3] ? 'num' : 'punct';
      tokens.push({ text: m[0], kind, line: index, col: i, preprocessor, afterGap });
      afterGap = false;
      i += m[0].length;
    }
  });
  return tokens;
}
