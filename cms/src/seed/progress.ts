/** A one-line progress bar on stderr; plain lines when stderr is not a terminal (CI logs stay readable). */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  const width = 24;
  const render = () => {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `${label.padEnd(18)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
    if (stream.isTTY) stream.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total) stream.write(`${line}\n`);
  };
  render();
  return {
    tick() {
      done += 1;
      render();
    },
  };
}
