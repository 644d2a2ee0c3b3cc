import { describe, expect, it } from 'vitest';
import { expandBrackets, looksLikeCode, namesInCodeLine, namesInProse } from './code-names.js';

describe('namesInCodeLine', () => {
  it('takes every identifier of C code but the keywords', () => {
    expect(namesInCodeLine('\tstatic int err = remap_pfn_range(vma, addr, pfn, size, prot);', 'mm/memory.c')).toEqual(['err', 'remap_pfn_range', 'vma', 'addr', 'pfn', 'size', 'prot']);
  });

  it('takes only code-looking names from comments and strings', () => {
    expect(namesInCodeLine('\tret = 0; /* see vma_desc_size() for the size */', 'mm/vma.c')).toEqual(['ret', 'vma_desc_size']);
    expect(namesInCodeLine(' * Returns the size of the mapping, see vma_pages().', 'include/linux/mm.h')).toEqual(['vma_pages']);
    expect(namesInCodeLine('\tpr_warn("mapping failed at %lx\\n", addr);', 'mm/vma.c')).toEqual(['pr_warn', 'addr']);
  });

  it('takes only code-looking names outside C files', () => {
    expect(namesInCodeLine('If mmap_prepare is provided, it will be invoked first.', 'Documentation/filesystems/vfs.rst')).toEqual(['mmap_prepare']);
  });
});

describe('namesInProse', () => {
  it('expands the bracket shorthand of kernel changelogs', () => {
    expect(namesInProse('Made [io_]remap_pfn_range_[prepare, complete]() internal-only.')).toEqual([
      'io_remap_pfn_range_prepare', 'io_remap_pfn_range_complete', 'remap_pfn_range_prepare', 'remap_pfn_range_complete',
    ]);
    expect(namesInProse('Renamed [__]compat_vma_prepare to [__]compat_vma.')).toEqual(['__compat_vma_prepare', 'compat_vma_prepare', '__compat_vma', 'compat_vma']);
    expect(expandBrackets('mmap_[complete, abort]')).toEqual(['mmap_complete', 'mmap_abort']);
  });

  it('keeps names that look like code and leaves English alone', () => {
    expect(namesInProse('Removed .mmap_abort as discussed, fixed VM_WARN_ON_ONCE() and a typo [1].')).toEqual(['mmap_abort', 'VM_WARN_ON_ONCE']);
    expect(looksLikeCode('mixedmap')).toBe(false);
    expect(looksLikeCode('__mmap_setup')).toBe(true);
  });
});
