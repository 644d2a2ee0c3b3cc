// How politely archives are fetched: its own module so that the command line can show the defaults
// without loading the HTTP client and its streams.
export interface FetchPolicy {
  timeoutMs: number;
  retries: number;
  firstRetryMs: number;
  /** Least time between two requests to the same host. */
  minIntervalMs: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = { timeoutMs: 30_000, retries: 3, firstRetryMs: 1000, minIntervalMs: 1000 };
