// Classifies one paragraph of a reply's own text by the first rule of POINT_RULES that matches; null
// when none does (an explanation, a remark: it still answers what it quotes, but asks nothing).
import type { PointKind } from '../../core/review-point.js';
import { POINT_RULES, type ParagraphFacts } from './point-rules.js';

export interface Classification {
  kind: PointKind;
  rule: string;
  reason: string;
  /** Carries on a point already open in the same block rather than starting one (a weak sign). */
  continues?: boolean;
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
  if (!rule) return null;
  return rule.continues ? { kind: rule.kind, rule: rule.id, reason: rule.reason, continues: true } : { kind: rule.kind, rule: rule.id, reason: rule.reason };
}
