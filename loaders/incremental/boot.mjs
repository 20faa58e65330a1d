// A worker thread's first module: TypeScript through tsx (as bin/triangulate.js runs the CLI), then
// the module the worker runs (workerData.module). A worker does not inherit its parent's loader hooks.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.module);
