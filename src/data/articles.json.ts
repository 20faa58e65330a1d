// The Articles page's data: per source, its text as published and its claims, each with its fact and
// where the words of its value and date stand in the text. Apart from texts.json (the sentences the
// other pages show) because whole articles are ~35 MB at 2,897; only the Articles page loads it.
import { corpusDir, emit, readCorpus, type Claim, type Cluster } from "../../loaders/index.ts";
import { wordsAt, type Span } from "./words.ts";

const bodies = new Map(readCorpus(corpusDir()).sources.map((s) => [s.id, s.body]));

const fact = (c: Cluster | undefined) => (c ? { id: c.id, label: c.label, verdict: c.review?.verdict ?? c.verdict, score: c.score } : null);

type ArticleClaim = Omit<Claim, "evidence"> & { fact: ReturnType<typeof fact>; words: { value: Span; date: Span } };

await emit((a) => {
  const factOf = new Map(a.clusters.flatMap((c) => c.claims.map((id) => [id, c] as const)));
  const articles: Record<string, { text: string | null; claims: ArticleClaim[] }> = {};
  for (const s of a.sources) articles[s.id] = { text: bodies.get(s.id) ?? null, claims: [] };
  // a claim's evidence is text.slice(...span): not shipped twice
  for (const { evidence: _, ...c } of a.claims) {
    const body = bodies.get(c.source);
    if (body === undefined || !articles[c.source]) continue;
    const words = { value: wordsAt(body, c.context, c.value?.text), date: wordsAt(body, c.context, c.date?.text) };
    articles[c.source].claims.push({ ...c, fact: fact(factOf.get(c.id)), words });
  }
  return articles;
});
