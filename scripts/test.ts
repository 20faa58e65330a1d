/**
 * `npm test`: every check of package.json's scripts, in two lanes side by side, one a core:
 * `lint`, `typecheck` and `test:unit` one after the other (all CPU), and `test:site` (builds, then
 * Chromium, which waits on pages as much as it computes). Each script's output is printed whole
 * when it ends, under its name; then a table of what passed and how long each took. Exit 1 if any
 * failed (a failure does not stop the other lane, nor the rest of its own: every failure is told).
 *
 * `npm test -- <script>…` runs only the scripts named (e.g. `npm test -- lint test:unit`).
 */
import { spawn } from "node:child_process";
import { ROOT } from "./observable.ts";

/** The lanes: the scripts of one lane run one after the other, the lanes side by side. */
export const LANES = [["lint", "typecheck", "test:unit"], ["test:site"]];

interface Result {
  script: string;
  code: number;
  seconds: number;
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(script: string, started: number): Promise<Result> {
  const t0 = Date.now();
  console.log(paint("2", `npm test: ${script} started (at ${secs(t0 - started)})`));
  // (its output is kept and printed whole: the two lanes' lines would interleave; colours kept if this is a terminal)
  const child = spawn("npm", ["run", "--silent", script], { cwd: ROOT, env: { ...process.env, ...(color ? { FORCE_COLOR: "1" } : {}) }, stdio: ["ignore", "pipe", "pipe"] });
  const output: Buffer[] = [];
  child.stdout.on("data", (d: Buffer) => output.push(d));
  child.stderr.on("data", (d: Buffer) => output.push(d));
  return new Promise((ok) => {
    const done = (code: number) => {
      const seconds = (Date.now() - t0) / 1000;
      const head = `── ${script}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s `;
      const text = Buffer.concat(output).toString().trimEnd();
      process.stdout.write(`\n${paint(code === 0 ? "1;32" : "1;31", head.padEnd(100, "─"))}\n${text ? `${text}\n\n` : ""}`);
      ok({ script, code, seconds });
    };
    child.on("error", (e) => (output.push(Buffer.from(String(e))), done(1)));
    child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(only: string[]): Promise<number> {
  const started = Date.now();
  const lanes = LANES.map((lane) => lane.filter((s) => !only.length || only.includes(s))).filter((lane) => lane.length);
  const unknown = only.filter((s) => !LANES.flat().includes(s));
  if (unknown.length) {
    console.error(`npm test: no script ${unknown.join(", ")} (the scripts: ${LANES.flat().join(", ")})`);
    return 2;
  }
  const results = (
    await Promise.all(
      lanes.map(async (lane) => {
        const out: Result[] = [];
        for (const script of lane) out.push(await run(script, started));
        return out;
      }),
    )
  ).flat();
  const failed = results.filter((r) => r.code !== 0);
  console.log("npm test:");
  for (const r of results) console.log(`  ${r.script.padEnd(10)} ${(r.code === 0 ? paint("32", "passed") : paint("31", "FAILED")).padEnd(color ? 15 : 6)} ${r.seconds.toFixed(1).padStart(6)} s`);
  console.log(`  ${"total".padEnd(10)} ${"".padEnd(6)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s (wall; the two lanes side by side)`);
  if (failed.length) console.log(paint("1;31", `npm test: ${failed.map((r) => r.script).join(", ")} failed`));
  return failed.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
