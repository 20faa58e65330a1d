/**
 * A synthetic saved web page of a given size made of the markup a news site's page carries: a head
 * with inline scripts and styles, a navigation menu of links, one article of many paragraphs of
 * real Arabic text (the unifiedfc articles), a comments section and a footer. For timing
 * `triangulate add` on a large page (issue 22, point 4):
 *
 *   npx tsx bench/page.ts <out.html> [MB=30]
 */
import { writeFileSync } from "node:fs";
import { readUnifiedfc } from "./corpora.ts";

/** A page of about `bytes` bytes; `paragraphs` of it the article's, the rest scripts, menus, comments. */
export function bigPage(bytes: number): string {
  const texts = readUnifiedfc().map((a) => a.text.split(/\n+/).filter((p) => p.trim().length > 40));
  const script = (i: number) =>
    `<script>window.__data${i}=${JSON.stringify({ id: i, items: Array.from({ length: 40 }, (_, k) => ({ k, url: `/news/${i}/${k}`, title: `item ${k}` })) })};function f${i}(a){return a.map(function(x){return x*${i}+1})}</script>\n`;
  const nav = (i: number) => `<nav class="menu menu-${i}"><ul>${Array.from({ length: 30 }, (_, k) => `<li class="menu-item"><a href="/section/${i}/${k}" title="section ${k}">قسم ${k}</a></li>`).join("")}</ul></nav>\n`;
  const head = `<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان المقال الطويل</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2021-06-29T10:00:00Z"><link rel="canonical" href="https://example.org/news/1"><style>${".a{color:red}".repeat(2000)}</style>\n`;
  const parts: string[] = [head, "</head><body>\n"];
  let size = head.length;
  const push = (s: string) => (parts.push(s), (size += Buffer.byteLength(s)));
  for (let i = 0; i < 20; i++) push(script(i) + nav(i));
  push(`<main><article class="post"><h1>عنوان المقال الطويل</h1><time datetime="2021-06-29">29 حزيران 2021</time>\n`);
  // the article's own text: about half the page, then comments and more scripts to the size asked
  let a = 0;
  while (size < bytes / 2) for (const p of texts[a++ % texts.length]) push(`<p>${p}</p>\n`);
  push(`</article><section class="comments">\n`);
  let c = 0;
  while (size < bytes * 0.9)
    push(`<div class="comment" id="c${c}"><span class="author"><a href="/u/${c}">user${c}</a></span><div class="body"><p>${texts[c++ % texts.length][0] ?? "تعليق"}</p></div><button onclick="reply(${c})">رد</button></div>\n`);
  push(`</section></main>\n`);
  for (let i = 20; size < bytes; i++) push(script(i) + nav(i));
  push(`<footer><p>© Example News</p></footer></body></html>\n`);
  return parts.join("");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, mb = "30"] = process.argv.slice(2);
  if (!out) throw new Error("usage: npx tsx bench/page.ts <out.html> [MB]");
  writeFileSync(out, bigPage(Number(mb) * 1024 * 1024));
}
