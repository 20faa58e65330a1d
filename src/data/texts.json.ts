// The sentences the claims stand in (pieces of each article), to show evidence inside its sentence.
import { claimContexts, corpusDir, emit, readCorpus } from "../../loaders/index.ts";

const bodies = new Map(readCorpus(corpusDir()).sources.map((s) => [s.id, s.body]));
await emit((a) => claimContexts(a, bodies));
