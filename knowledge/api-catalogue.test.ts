// The API catalogue is data the availability check trusts: names unique, releases parse and are in
// order, renames point at catalogued names, and every item says how its release is known.
import { describe, expect, it } from 'vitest';
import { API_CATALOGUE, apiItem } from './api-catalogue.js';
import { compareVersions, parseKernelVersion } from './kernel-version.js';
import { availability } from './matchers/helper-newer-than-target.js';

describe('API catalogue', () => {
  it('has each name once', () => {
    const names = API_CATALOGUE.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers the helpers the knowledge base talks about', () => {
    const wanted = ['remap_pfn_range', 'io_remap_pfn_range', 'vm_iomap_memory', 'remap_vmalloc_range', 'remap_vmalloc_range_partial', 'vm_insert_page', 'vm_insert_pages', 'vm_map_pages', 'vm_map_pages_zero', 'vmf_insert_pfn', 'vmf_insert_pfn_prot', 'vmf_insert_mixed', 'vmf_insert_page', 'VM_PFNMAP', 'VM_MIXEDMAP', 'VM_IO', 'VM_DONTEXPAND', 'VM_DONTDUMP', 'vm_flags_set', 'vm_flags_clear', 'vm_flags_mod', 'vm_flags_init', 'vma_pages', 'mmap', 'mmap_prepare', 'vm_area_desc', 'mmap_action', 'mmap_action_remap', 'mmap_action_remap_full', 'mmap_action_ioremap', 'mmap_action_ioremap_full', 'mmap_action_simple_ioremap', 'mmap_action_map_kernel_pages', 'mmap_action_map_kernel_pages_full', 'dma_mmap_coherent', 'dma_mmap_attrs'];
    expect(wanted.filter((n) => !apiItem(n))).toEqual([]);
  });

  it('gives releases that parse, removals after introductions, and renames to catalogued names', () => {
    for (const a of API_CATALOGUE) {
      if (a.since && a.removed) expect(compareVersions(parseKernelVersion(a.since), parseKernelVersion(a.removed)), a.name).toBeLessThan(0);
      if (a.removed) parseKernelVersion(a.removed);
      if (a.renamedTo) expect(apiItem(a.renamedTo), `${a.name} → ${a.renamedTo}`).toBeDefined();
      expect(a.since || a.note, `${a.name}: a release or a note saying why there is none`).toBeTruthy();
      expect(a.signature, a.name).toBeTruthy();
    }
  });

  it('answers availability questions by release', () => {
    const at = (name: string, v: string) => availability(apiItem(name)!, parseKernelVersion(v));
    expect(at('vm_flags_set', '6.1')).toBe('vm_flags_set is not available in 6.1 (added in 6.3).');
    expect(at('vm_flags_set', '6.3')).toBeUndefined();
    expect(at('compat_vma_mmap_prepare', '6.19')).toBe('compat_vma_mmap_prepare is gone in 6.19 (renamed to compat_vma_mmap in 6.19).');
    expect(at('mmap_action_mixedmap', '7.1')).toMatch(/only proposed on the list/);
  });
});
