/**
 * Status lines for long steps (building the launcher, starting Neo4j and the linguistic layer, loading),
 * written to stderr at once, before the wait: never through a buffered logger, so they come in order
 * and before the banner. On a terminal, a line that ends in "…" is a wait: a spinner and the seconds
 * waited turn after it until the next line. Elsewhere (a pipe, a log file) each line is written once.
 */
export interface StatusLines {
  line(text: string): void;
  /** Ends the current wait (the spinner stops, its time stays on the line). */
  done(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createStatusLines(stream: NodeJS.WriteStream = process.stderr): StatusLines {
  let waiting: { text: string; started: number; timer: NodeJS.Timeout } | null = null;
  const finish = () => {
    if (!waiting) return;
    clearInterval(waiting.timer);
    stream.write(`\r\x1b[K${waiting.text} (${((Date.now() - waiting.started) / 1000).toFixed(1)} s)\n`);
    waiting = null;
  };
  return {
    line(text) {
      finish();
      if (!stream.isTTY || !text.endsWith('…')) return void stream.write(text + '\n');
      const started = Date.now();
      let frame = 0;
      const draw = () => stream.write(`\r\x1b[K${text} ${FRAMES[frame++ % FRAMES.length]} ${Math.floor((Date.now() - started) / 1000)} s`);
      draw();
      const timer = setInterval(draw, 120);
      timer.unref();
      waiting = { text, started, timer };
    },
    done: finish,
  };
}
