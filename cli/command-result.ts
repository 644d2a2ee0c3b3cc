// What a command hands back to main.ts, the one place that prints and exits.

/** 0 clean, 1 findings or problems at or above the threshold, 2 usage, input or internal error. */
export type ExitCode = 0 | 1 | 2;

export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: ExitCode;
}

export class UsageError extends Error {
  readonly code = 'USAGE';
}

export type OutputFormat = 'text' | 'json' | 'md';

export function outputFormat(value: string | undefined, allowed: readonly string[] = ['text', 'json']): OutputFormat {
  const v = value ?? 'text';
  if (!allowed.includes(v)) throw new UsageError(`unknown output format "${v}" (expected ${allowed.join(', ')})`);
  return v as OutputFormat;
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
