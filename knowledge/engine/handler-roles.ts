// Which function is an mmap, mmap_prepare or fault handler. The kernel says so by storing its address
// in an ops table (`.mmap = foo_mmap` in a struct file_operations, `.fault = foo_fault` in a struct
// vm_operations_struct, include/linux/fs.h and include/linux/mm.h), not by its name; a signature is the
// fallback when no assignment is in sight.

export type Role = 'mmap' | 'mmap_prepare' | 'mmap_complete' | 'fault' | 'mapped';

export interface RoleInfo {
  role: Role;
  source: 'assignment' | 'signature';
  /** The field it was assigned to, e.g. `mmap_prepare` or `proc_mmap`. */
  field?: string;
}

// file_operations.mmap/.mmap_prepare, proc_ops.proc_mmap (include/linux/proc_fs.h), the v1/v2 2025
// proposals .mmap_complete/.proc_mmap_[prepare,complete] and mmap_action custom/success hooks, and
// vm_operations_struct fault handlers.
const FIELD_ROLES: Record<string, Role> = {
  mmap: 'mmap',
  proc_mmap: 'mmap',
  fb_mmap: 'mmap',
  mmap_prepare: 'mmap_prepare',
  proc_mmap_prepare: 'mmap_prepare',
  mmap_complete: 'mmap_complete',
  proc_mmap_complete: 'mmap_complete',
  action_hook: 'mmap_complete',
  fault: 'fault',
  huge_fault: 'fault',
  page_mkwrite: 'fault',
  pfn_mkwrite: 'fault',
  mapped: 'mapped',
};

const ASSIGNMENT = /(?:^|[\s,{])\.(\w+)\s*=\s*&?(\w+)\s*[,}]?|->(?:\w+\.)*(\w+)\s*=\s*&?(\w+)\s*;/g;

/** Function name → role, from `.field = fn` designated initializers and `x->field = fn;` stores. */
export function rolesFromAssignments(code: Iterable<string>): Map<string, RoleInfo> {
  const roles = new Map<string, RoleInfo>();
  for (const line of code) {
    if (!line.includes('=')) continue;
    for (const m of line.matchAll(ASSIGNMENT)) {
      const field = m[1] ?? m[3];
      const fn = m[2] ?? m[4];
      const role = FIELD_ROLES[field];
      if (role && !/^(NULL|true|false)$/.test(fn)) roles.set(fn, { role, source: 'assignment', field });
    }
  }
  return roles;
}

/** The role a function's parameter list implies: a desc-only function prepares an mmap, and so on. */
export function roleFromSignature(header: string): RoleInfo | undefined {
  const params = header.slice(header.indexOf('(') + 1);
  const returnsFault = /\bvm_fault_t\b/.test(header.slice(0, header.indexOf('(')));
  if (returnsFault && /struct\s+vm_fault\s*\*/.test(params)) return { role: 'fault', source: 'signature' };
  if (/^\s*(const\s+)?struct\s+vm_area_desc\s*\*\s*\w+\s*\)/.test(params)) return { role: 'mmap_prepare', source: 'signature' };
  if (/struct\s+file\s*\*/.test(params) && /struct\s+vm_area_struct\s*\*/.test(params) && params.split(',').length === 2) {
    return { role: 'mmap', source: 'signature' };
  }
  return undefined;
}
