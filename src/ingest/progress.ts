import { SingleBar, Presets } from 'cli-progress';

/** A progress bar with rate and ETA on a terminal; one plain line per 500 files (and per failure) otherwise. */
export interface Progress {
  tick(event: { file: string; ok: boolean; done: number }): void;
  stop(): void;
}

export function createProgress(total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && total !== null) {
    const bar = new SingleBar(
      { format: 'ingest [{bar}] {value}/{total} files | {rate} files/s | ETA {eta_formatted} | errors {errors}', hideCursor: true, stream },
      Presets.shades_classic,
    );
    const started = Date.now();
    let errors = 0;
    let done = 0;
    bar.start(total, 0, { rate: '0', errors: 0 });
    return {
      tick(e) {
        done++;
        if (!e.ok) errors++;
        bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0), errors });
      },
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  return {
    tick(e) {
      done++;
      if (!e.ok) stream.write(`ingest: failed ${e.file}\n`);
      else if (done % 500 === 0) stream.write(`ingest: ${done} files processed\n`);
    },
    stop: () => undefined,
  };
}
