// Kernel release numbers ("6.12", "6.12.117", "2.6.15", "7.1") as comparable values. A Debian tree's
// Makefile says VERSION/PATCHLEVEL/SUBLEVEL; that is what a target version is read from.

export type KernelVersion = readonly number[];

export class KernelVersionError extends Error {
  readonly code = 'KERNEL_VERSION';
}

const VERSION_TEXT = /^\d+(\.\d+){1,3}$/;

export function parseKernelVersion(text: string, where = 'version'): KernelVersion {
  const t = text.trim().replace(/^v/, '');
  if (!VERSION_TEXT.test(t)) throw new KernelVersionError(`${where}: expected a kernel version such as 6.12 or 6.12.117, found "${text}"`);
  return t.split('.').map(Number);
}

/** Negative when a < b, 0 when equal on every given part (6.12 == 6.12.0), positive when a > b. */
export function compareVersions(a: KernelVersion, b: KernelVersion): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const formatVersion = (v: KernelVersion): string => v.join('.');

/** True when `target` lies in [since, until): the range an entry or an API applies to. */
export function inRange(target: KernelVersion, since?: KernelVersion, until?: KernelVersion): boolean {
  if (since && compareVersions(target, since) < 0) return false;
  if (until && compareVersions(target, until) >= 0) return false;
  return true;
}

/** VERSION.PATCHLEVEL.SUBLEVEL from a kernel top-level Makefile, or undefined when it has none. */
export function versionFromMakefile(makefile: string): KernelVersion | undefined {
  const field = (name: string) => new RegExp(`^${name}\\s*=\\s*(\\d+)`, 'm').exec(makefile)?.[1];
  const [v, p, s] = [field('VERSION'), field('PATCHLEVEL'), field('SUBLEVEL')];
  if (v === undefined || p === undefined) return undefined;
  return [Number(v), Number(p), Number(s ?? 0)];
}
