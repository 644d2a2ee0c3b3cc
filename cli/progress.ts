// A progress bar on stderr for long jobs, only when stderr is a terminal; silent when piped.
import cliProgress from 'cli-progress';

export interface Progress {
  update(p: { source: string; bytes: number; total: number; messages: number }): void;
  stop(): void;
}

export function progressBar(enabled: boolean): Progress {
  if (!enabled) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: '{source} [{bar}] {percentage}% | {messages} messages', hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let current = '';
  return {
    update({ source, bytes, total, messages }) {
      if (!started || source !== current) {
        if (started) bar.stop();
        bar.start(Math.max(total, 1), 0, { source, messages });
        started = true;
        current = source;
      }
      bar.update(Math.min(bytes, Math.max(total, 1)), { messages });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
