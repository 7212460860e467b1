/** Progress of long command-line work on stderr: a bar on a terminal, a line every few seconds otherwise. */
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

export function progressOnStderr(label: string, total: number): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { stream: process.stderr, format: `${label} [{bar}] {value}/{total} ({eta}s left)`, etaBuffer: 50 },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: () => bar.increment(), stop: () => bar.stop() };
  }
  let done = 0;
  let lastReport = Date.now();
  const report = () => process.stderr.write(`${label}: ${done}/${total}\n`);
  return {
    tick: () => {
      done++;
      if (Date.now() - lastReport >= 2000) {
        lastReport = Date.now();
        report();
      }
    },
    stop: report,
  };
}
