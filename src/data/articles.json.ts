// The Articles page's data: per source, its text as published and its claims, each with its fact and
// where the words of its value and date stand in the text. Apart from texts.json (the sentences the
// other pages show) because whole articles are ~35 MB at 2,897; only the Articles page loads it.
import { corpusDir, emit, normalize, readCorpus, type Claim, type Cluster } from "../../loaders/index.ts";

const bodies = new Map(readCorpus(corpusDir()).sources.map((s) => [s.id, s.body]));

/**
 * Where `words` stand in `body`: in the claim's sentence as published, else matched normalised
 * (a value's words may be kept normalised), else the nearest occurrence before it (a date said earlier).
 */
function wordsAt(body: string, [cs, ce]: [number, number], words: string | undefined): Span {
  if (!words?.trim()) return undefined;
  const sentence = body.slice(cs, ce);
  let at = sentence.indexOf(words);
  if (at >= 0) return [cs + at, cs + at + words.length];
  const n = normalize(sentence);
  const q = normalize(words).text.trim();
  at = q ? n.text.indexOf(q) : -1;
  if (at >= 0) return n.raw(at, at + q.length).map((x) => cs + x) as [number, number];
  at = body.lastIndexOf(words, cs);
  if (at < 0) at = body.indexOf(words, ce);
  return at >= 0 ? [at, at + words.length] : undefined;
}

const fact = (c: Cluster | undefined) => (c ? { id: c.id, label: c.label, verdict: c.review?.verdict ?? c.verdict, score: c.score } : null);

type Span = [number, number] | undefined;
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
