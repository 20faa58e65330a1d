import { hash } from "node:crypto";

/** A short stable hash. */
export const shortHash = (s: string, n = 6) => hash("sha1", s, "hex").slice(0, n);
