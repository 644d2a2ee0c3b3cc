// Classifies one paragraph of a reply's own text by the first rule of POINT_RULES that matches; null
// when none does (an explanation, a remark: it still answers what it quotes, but asks nothing).
import type { PointKind } from '../../core/review-point.js';
import { POINT_RULES, type ParagraphFacts } from './point-rules.js';

export interface Classification {
  kind: PointKind;
  rule: string;
  reason: string;
}

/** The paragraph's words on one line: marker lines (`^^^^` under quoted code) and quote-like noise dropped. */
export function paragraphWords(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*\^{2,}\s*$/.test(l))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function classifyParagraph(facts: ParagraphFacts): Classification | null {
  const rule = POINT_RULES.find((r) => r.test(facts));
  return rule ? { kind: rule.kind, rule: rule.id, reason: rule.reason } : null;
}
