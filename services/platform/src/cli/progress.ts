/** Progress of a long operation (imports, sweeps, benchmarks) on stderr. */
export interface Progress {
  tick(units?: number): void;
  done(): void;
}

const BAR_WIDTH = 28;

/**
 * A progress bar for `total` units of work: redrawn in place on a terminal, a line per quarter
 * otherwise (CI logs).
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let done = 0;
  let lastQuarter = -1;
  let lastDraw = 0;
  const started = Date.now();
  const draw = (final: boolean) => {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const text = `${label.padEnd(28)} ${bar(fraction)} ${String(Math.round(fraction * 100)).padStart(3)}% ${done}/${total} ${rate}/s`;
    if (stream.isTTY) {
      stream.write(`\r${text}\x1b[K${final ? '\n' : ''}`);
    } else {
      const quarter = Math.floor(fraction * 4);
      if (quarter > lastQuarter || (final && lastQuarter < 4)) {
        lastQuarter = quarter;
        stream.write(`${text}\n`);
      }
    }
  };
  return {
    tick(units = 1) {
      done += units;
      const now = Date.now();
      if (now - lastDraw >= 100 || !stream.isTTY) {
        lastDraw = now;
        draw(false);
      }
    },
    done() {
      draw(true);
    },
  };
}

function bar(fraction: number): string {
  const filled = Math.round(fraction * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}
