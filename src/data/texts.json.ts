// The article bodies by source id, to show each claim's evidence inside its sentence.
import { corpusDir, readCorpus } from "../../loaders/index.ts";

const { sources } = readCorpus(corpusDir());
process.stdout.write(JSON.stringify(Object.fromEntries(sources.map((s) => [s.id, s.body]))));
