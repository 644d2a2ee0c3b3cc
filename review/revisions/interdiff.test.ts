import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../ingest/parse/diff.js';
import { diffOf } from './__fixtures__/revision-builder.js';
import { interdiff, interdiffText } from './interdiff.js';
import { LineInterner } from './line-diff.js';
import { patchText } from './patch-text.js';

const text = (message: string, files: Record<string, string[]>) => patchText('mm: remap helper', message, parseDiff(diffOf(files)));
const v1 = text('Adds a helper.', {
  'mm/util.c': [' }', '+int mmap_action_remap(struct mmap_action *action, unsigned long addr,', '+\t\t      pgprot_t pgprot)', '+{', '+\taction->addr = addr;', '+\treturn 0;', '+}'],
});
const v2 = text('Adds a helper, without a pgprot.', {
  'mm/util.c': [' }', '+int mmap_action_remap(struct vm_area_desc *desc, unsigned long start)', '+{', '+\tdesc->action.start = start;', '+\treturn  0;', '+}'],
});
const d = interdiff(v1, v2, new LineInterner());

describe('interdiff', () => {
  it('counts code, context and message lines that changed', () => {
    expect({ code: d.codeLines, context: d.contextLines, message: d.messageLines }).toEqual({ code: 7, context: 0, message: 2 });
  });

  it('says which names the new patch has more and fewer of, and in which function the code changed', () => {
    expect(d.gained).toEqual(['desc', 'start', 'vm_area_desc']);
    expect(d.lost).toEqual(['action', 'addr', 'mmap_action', 'pgprot', 'pgprot_t']);
    expect(d.functions).toEqual(['mmap_action_remap']);
  });

  it('counts a line that came back with other spacing as a white-space change', () => {
    expect(d.whitespaceLines).toBe(2);
  });

  it('reads like range-diff: outer mark, then the patch line', () => {
    expect(interdiffText(d)).toContain('-+\taction->addr = addr;');
    expect(interdiffText(d)).toContain('++\tdesc->action.start = start;');
    expect(interdiffText(d)[0]).toBe('@@ Commit message');
  });
});
