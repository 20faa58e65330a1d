/**
 * What the kit could not settle (data/issues.json), grouped by kind for an analyst: each issue
 * with its words marked in their sentence as published, what it means, and the line that would
 * settle it (in which file), with a button that copies the line.
 */
import { html } from "htl";
import { articleLink, outletName, shortId } from "./text.js";

/** How far around an issue's words its sentence is shown (as loaders/contexts.ts ships it). */
const REACH = 240;
/** What ends a sentence (Arabic question mark too), or a line. */
const END = /[.!?؟\n]/;

const UNKNOWN_NAME = { group: "names", title: "Names not in the gazetteer", about: "A name that looks like a person, a group or a place the gazetteer does not know. Add it, so that the claims that name it can be aligned." };
const COPIED = { group: "copies", title: "Copied articles", about: "An article repeats most of another's sentences: the kit counts the two as one voice. Nothing to write unless they are independent." };

/** The kinds of issue, in the order an analyst should take them: a title, what it means, and the group it is shown in. */
export const ISSUE_KINDS = {
  inconsistent_dates: {
    group: "dates",
    title: "Dates that contradict each other",
    about: 'Two relative dates of one article cannot both hold (two different weekdays called "yesterday"). Check the article and correct the date of the claim that uses the wrong one.',
  },
  weekday_conflict: { group: "dates", title: "A weekday that contradicts its date", about: "The article names a weekday that does not fall on the date it gives. Check which is right and correct the claim's date." },
  unresolved_date: { group: "published", title: "Dates waiting for the publication date", about: '"Yesterday", "last month": relative dates can be resolved only when the article\'s publication date is known. Add it to the front matter.' },
  name_variant: { group: "names", title: "One person under two names?", about: "Two names in one article that look like the same person. If they are, make one an alias of the other in the gazetteer." },
  unknown_person: UNKNOWN_NAME,
  unknown_militia: UNKNOWN_NAME,
  unknown_place: UNKNOWN_NAME,
  reused_sentence_changed_numbers: {
    group: "copies",
    title: "A sentence reused with a changed number",
    about: "Two articles share a sentence but not its number: one outlet corrected or changed the other's figure. The kit already counts them as one voice; check which figure stands.",
  },
  near_copy: COPIED,
  duplicate_article: COPIED,
  stale_review: { group: "reviews", title: "Reviews that no longer apply", about: "A review in data/reviews.yaml names a claim or a fact that the analysis no longer has (a rule or the text changed). Update the id or remove the review." },
};

const GROUP_ORDER = ["dates", "published", "names", "copies", "reviews", "other"];

/** The names quoted in an issue's message («"سبحان" looks like …» → ["سبحان"]). */
export const quotedNames = (message) => [...String(message ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]);

/**
 * The line that would settle an issue, and the file it goes in; null when there is nothing to
 * write. `claims` are the analysis's claims (a date is corrected on the claim that uses it).
 */
export function settlingLine(issue, { claims = [] } = {}) {
  const source = issue.source;
  switch (issue.type) {
    case "unresolved_date":
      return { file: `data/sources/${source}.md (front matter)`, line: "published: YYYY-MM-DD" };
    case "inconsistent_dates":
    case "weekday_conflict": {
      const [s, e] = issue.span ?? [0, 0];
      const claim = claims.find((c) => c.source === source && c.date && c.context && c.context[0] <= s && e <= c.context[1]);
      if (!claim) return null;
      return { file: "data/reviews.yaml", line: `- correct: "${claim.id}"\n  date: {start: YYYY-MM-DD, end: YYYY-MM-DD, precision: day}\n  note: which day the article means` };
    }
    case "name_variant": {
      const [first, second] = quotedNames(issue.message);
      if (!first || !second) return null;
      return { file: "data/gazetteer/people.yaml", line: `# in the entry of ${first}:\n  aliases: [${JSON.stringify(second)}]` };
    }
    case "unknown_person":
    case "unknown_militia":
    case "unknown_place": {
      const [name] = quotedNames(issue.message);
      if (!name) return null;
      const type = issue.type.slice("unknown_".length);
      const file = type === "militia" ? "militias" : type === "place" ? "places" : "people";
      const extra = type === "place" ? ", type: town, parent: place:PROVINCE, lat: 0, lon: 0" : type === "militia" ? ", side: SIDE" : "";
      return { file: `data/gazetteer/${file}.yaml`, line: `- {id: ${type}:NAME-IN-LATIN, name_en: "English name", name_ar: ${JSON.stringify(name)}, aliases: []${extra}}` };
    }
    case "stale_review":
      return { file: "data/reviews.yaml", line: `# ${issue.message.split(":")[0]}: update the id or delete this review` };
    default:
      return null;
  }
}

/** Issues grouped for the page: `[{group, title, about, issues}]`, in the order to take them, largest kinds first within a group. */
export function issueGroups(issues) {
  const byTitle = new Map();
  for (const issue of issues ?? []) {
    const kind = ISSUE_KINDS[issue.type] ?? { group: "other", title: issue.type.replace(/_/g, " "), about: "" };
    const entry = byTitle.get(kind.title) ?? byTitle.set(kind.title, { group: kind.group, title: kind.title, about: kind.about, issues: [] }).get(kind.title);
    entry.issues.push(issue);
  }
  return [...byTitle.values()].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || b.issues.length - a.issues.length);
}

/** An issue's words inside their sentence, as published (from data/texts.json), or null when the text is not there. */
export function issueSentence(issue, texts) {
  if (!issue.source || !issue.span) return null;
  const [s, e] = issue.span;
  const t = texts?.[issue.source];
  // (the piece of text that holds the words: the whole body, or one of the pieces the site ships)
  const [at, text] = typeof t === "string" ? [0, t] : ((t ?? []).find(([p, x]) => p <= s && e <= p + x.length) ?? [0, null]);
  if (text === null || e - at > text.length) return null;
  let from = s - at;
  while (from > 0 && s - at - from < REACH && !END.test(text[from - 1])) from--;
  let to = e - at;
  while (to < text.length && to - (e - at) < REACH && !END.test(text[to])) to++;
  if (to < text.length && END.test(text[to])) to++;
  return { before: text.slice(from, s - at), words: text.slice(s - at, e - at), after: text.slice(e - at, to) };
}

/** The page's list: one card per kind, each issue with its sentence, its message and the line that settles it. */
export function issuesList(issues, { sources = [], texts = {}, claims = [] } = {}) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const groups = issueGroups(issues);
  if (!groups.length) return html`<p class="empty">The kit settled everything it read: no issue needs an analyst.</p>`;
  return html`<div class="issues">${groups.map(
    (g) => html`<section class="card issue-group">
      <h2>${g.title} <span class="count">(${g.issues.length})</span></h2>
      <p class="about">${g.about}</p>
      <ol>${g.issues.map((issue) => issueItem(issue, byId, texts, claims))}</ol>
    </section>`,
  )}</div>`;
}

function issueItem(issue, sources, texts, claims) {
  const source = sources.get(issue.source);
  const language = source?.language ?? "ar";
  const sentence = issueSentence(issue, texts);
  const fix = settlingLine(issue, { claims });
  return html`<li class="issue">
    <div class="where">${source ? html`<bdi>${outletName(source)}</bdi> · ${articleLink(source.id, html`<code>${shortId(source.id)}</code>`)}` : html`<span>the corpus</span>`}</div>
    ${sentence ? html`<blockquote class=${`sentence ${language === "ar" ? "ar" : ""}`} dir=${language === "ar" ? "rtl" : "ltr"} lang=${language}>${sentence.before}<mark class="evidence">${sentence.words}</mark>${sentence.after}</blockquote>` : ""}
    <p class="message" dir="ltr" lang="en">${messageParts(issue.message, sources)}</p>
    ${fix ? html`<div class="fix"><span class="file">In <code>${fix.file}</code>:</span><pre><code>${fix.line}</code></pre>${copyButton(fix.line)}</div>` : DATE_TYPES.has(issue.type) ? html`<p class="muted">No claim takes its date from this sentence: nothing to correct.</p>` : ""}
  </li>`;
}

const DATE_TYPES = new Set(["inconsistent_dates", "weekday_conflict"]);

/**
 * A message in English with the article's words it quotes isolated, so that Arabic inside does not
 * reorder it, and the sources it names (by id or by file) linked to their articles.
 */
function messageParts(message, sources = new Map()) {
  return String(message ?? "")
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') && part.endsWith('"') && part.length > 1 ? html`"<bdi dir="auto">${part.slice(1, -1)}</bdi>"` : sourceRefs(part, sources)));
}

/** Words of a message that name a source (`R-10-a0`, `…/sources/R-10-a0.md`) as links to its article. */
function sourceRefs(part, sources) {
  return part.split(/(\s+)/).map((word) => {
    const [, name, rest] = /^(.*?)([:,;.)]*)$/.exec(word);
    const id = name.endsWith(".md") ? name.slice(name.lastIndexOf("/") + 1, -3) : name;
    return id && sources.has(id) ? html`${articleLink(id, name)}${rest}` : word;
  });
}

function copyButton(text) {
  const button = html`<button type="button" class="copy">Copy</button>`;
  button.onclick = async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Select the line and copy it";
    }
  };
  return button;
}
