#!/usr/bin/env node
// The `triangulate` command: runs the TypeScript CLI through tsx (no build step).
import { register } from "tsx/esm/api";

register();
// (a reader that stops early, as in `triangulate check | head -1`, ends the command quietly)
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
const { main } = await import("../loaders/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
