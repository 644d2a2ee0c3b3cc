// Dates as people read them (UTC, minutes) and as JSON carries them (ISO 8601).

export function shortDate(ms: number | null): string {
  return ms === null ? '????-??-?? ??:??' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

export function isoDate(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
