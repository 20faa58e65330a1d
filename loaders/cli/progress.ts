/** Progress for long runs: a bar on a terminal, a plain line every 10% otherwise. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY;
  let lastShown = -1;
  const start = performance.now();
  return {
    update(done: number, total: number) {
      if (total < 50) return;
      const pct = Math.floor((done / total) * 100);
      if (tty) {
        if (pct === lastShown) return;
        lastShown = pct;
        const width = 30,
          filled = Math.round((pct / 100) * width);
        stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
      } else if (pct >= lastShown + 10 || done === total) {
        lastShown = pct - (pct % 10);
        stream.write(`${label}: ${done}/${total} articles (${pct}%) after ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
      }
    },
    done() {
      if (tty && lastShown >= 0) stream.write("\n");
    },
  };
}
