// The mm mapping API by kernel release: what each helper, flag, hook and type is, when it appeared,
// when it went away or was renamed, and what it replaces. "Helper newer than the target tree" findings
// are judged against this table. Releases marked `inferred` come from commit dates and the release
// calendar, not from a released tree (see the notes per item).
import { MAPPING_APIS } from './api-catalogue-mapping.js';
import { MMAP_PREPARE_APIS } from './api-catalogue-mmap-prepare.js';

export type ApiKind = 'function' | 'macro' | 'flag' | 'hook' | 'field' | 'type';

export interface ApiItem {
  name: string;
  kind: ApiKind;
  /** First release that has it; absent when older than every tree this tool targets. */
  since?: string;
  /** First release without it. */
  removed?: string;
  /** Its name from that release on (a rename, not a removal). */
  renamedTo?: string;
  /** Proposed on the list and never merged: no release has it. */
  proposedOnly?: boolean;
  signature: string;
  /** What it replaces: the older helper or the open-coded pattern. */
  replaces?: string;
  /** Where it is declared, or the struct it belongs to. */
  header: string;
  /** Export class for modules, where it matters. */
  exported?: 'EXPORT_SYMBOL' | 'EXPORT_SYMBOL_GPL' | 'not exported' | 'static inline';
  /** How the release was established, or why there is none. */
  note?: string;
}

export const API_CATALOGUE: readonly ApiItem[] = [...MAPPING_APIS, ...MMAP_PREPARE_APIS].sort((a, b) => (a.name < b.name ? -1 : 1));

const byName = new Map(API_CATALOGUE.map((a) => [a.name, a]));

export const apiItem = (name: string): ApiItem | undefined => byName.get(name);
