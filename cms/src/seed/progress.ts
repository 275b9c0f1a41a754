/** Lines a log gets for a long run when stderr is not a terminal: one per tenth, or per this many rows of an unknown total. */
const LOG_EVERY_ROWS = 1000;

/**
 * A one-line progress bar on stderr (rows, rate and elapsed time); plain progress lines when stderr is not a
 * terminal (CI logs stay readable). `total` 0 means unknown (an archive read as a stream): a counter, no bar.
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  let logged = 0;
  const width = 24;
  const started = Date.now();
  const line = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? ` ${Math.round(done / seconds)}/s` : '';
    const bar = total > 0 ? `[${'#'.repeat(Math.round((done / total) * width))}${'-'.repeat(width - Math.round((done / total) * width))}] ${done}/${total}` : `${done}`;
    return `${label.padEnd(18)} ${bar}${rate} ${seconds.toFixed(0)} s`;
  };
  const step = total > 0 ? Math.max(1, Math.ceil(total / 10)) : LOG_EVERY_ROWS;
  const render = (final = false) => {
    if (stream.isTTY) stream.write(`\r${line()}${final ? '\n' : ''}`);
    else if (final || done - logged >= step) {
      stream.write(`${line()}\n`);
      logged = done;
    }
  };
  if (stream.isTTY) render(total === 0 ? false : done === total);
  return {
    tick() {
      done += 1;
      if (stream.isTTY && done % 10 !== 0 && done !== total) return;
      render(done === total);
    },
    /** Ends the bar (a row count not known in advance never reaches its total on its own). */
    finish() {
      if (total === 0 || done !== total) render(true);
    },
  };
}
