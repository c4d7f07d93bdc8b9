// Progress of long jobs: a bar redrawn in place on a terminal, a log line every few seconds otherwise.

export interface Progress {
  update(done: number, total: number, note?: string): void;
  finish(summary: string): void;
}

export interface ProgressOptions {
  label: string;
  stream?: NodeJS.WriteStream;
  /** Minimum interval between non-terminal log lines. */
  logEveryMs?: number;
  /** How the numbers read: bytes shown as MB. */
  unit?: "bytes" | "items";
  log?: (line: string) => void;
}

const BAR_WIDTH = 28;
const REDRAW_MS = 100;

function amount(n: number, unit: "bytes" | "items"): string {
  return unit === "bytes" ? `${(n / 1048576).toFixed(1)} MB` : String(n);
}

export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const unit = opts.unit ?? "items";
  const tty = Boolean(stream.isTTY);
  const logEvery = opts.logEveryMs ?? 5000;
  const log = opts.log ?? ((line: string) => stream.write(`${line}\n`));
  const started = Date.now();
  let last = 0;

  return {
    update(done, total, note) {
      const now = Date.now();
      if (now - last < (tty ? REDRAW_MS : logEvery)) return;
      last = now;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const pct = `${(frac * 100).toFixed(0).padStart(3)}%`;
      const rate = ((done / Math.max(1, now - started)) * 1000) | 0;
      const tail = `${amount(done, unit)}/${amount(total, unit)}${note ? ` ${note}` : ""}`;
      if (tty) {
        const filled = Math.round(frac * BAR_WIDTH);
        const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
        stream.write(`\r${opts.label} ${bar} ${pct} ${tail}\x1b[K`);
      } else {
        log(
          `${opts.label}: ${pct} ${tail} (${unit === "bytes" ? `${(rate / 1048576).toFixed(1)} MB/s` : `${rate}/s`})`,
        );
      }
    },
    finish(summary) {
      if (tty) stream.write(`\r\x1b[K`);
      log(`${opts.label}: ${summary} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
