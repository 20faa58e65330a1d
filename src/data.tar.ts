// The site's data loader: every file the pages load (`data/sources.json`, `data/export/claims-csv.txt`,
// …: see data/parts.ts), made from one analysis in one process and written as one tar archive, from
// which Framework serves each as `data/<name>`. (One loader per file cost a process each, each
// starting tsx and reading the whole analysis back: most of a build's time.)
import { emit } from "../loaders/index.ts";
import { siteParts } from "./data/parts.ts";
import { tar } from "./data/tar.ts";

await emit((a, corpus, sources) => tar(siteParts(a, corpus, new Map(sources.map((s) => [s.id, s.body])))));
