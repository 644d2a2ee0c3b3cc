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

const PUNCTUATORS = ['<<=', '>>=', '...', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '##'];
const TOKEN = /[A-Za-z_$][\w$]*|\d[\w.]*|\S/y;

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
    for (const t of lineTokens(line, index, preprocessor)) {
      tokens.push({ ...t, afterGap });
      afterGap = false;
    }
  });
  return tokens;
}

function lineTokens(line: string, index: number, preprocessor: boolean): Omit<Token, 'afterGap'>[] {
  const out: Omit<Token, 'afterGap'>[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ' || line[i] === '\t' || line[i] === '\\' && i === line.trimEnd().length - 1) {
      i++;
      continue;
    }
    const punct = PUNCTUATORS.find((p) => line.startsWith(p, i));
    TOKEN.lastIndex = i;
    const word = punct ?? TOKEN.exec(line)?.[0] ?? line[i];
    const kind = punct ? 'punct' : /^[A-Za-z_$]/.test(word) ? 'id' : /^\d/.test(word) ? 'num' : 'punct';
    out.push({ text: word, kind, line: index, col: i, preprocessor });
    i += word.length;
  }
  return out;
}
