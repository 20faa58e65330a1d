// Site configuration (Observable Framework 1.13). Everything is served from node_modules and
// `src/`: no CDN, no font service (see the README and ../shared/FRAMEWORK-NOTES.md).
export default {
  title: "Triangulate",
  root: "src",
  // The build script sets this to build test sites elsewhere; `dist/` by default.
  output: process.env.TRIANGULATE_SITE_OUT || "dist",
  pages: [
    { name: "Corpus", path: "/corpus" },
    { name: "Articles", path: "/articles" },
    { name: "Claims", path: "/claims" },
    { name: "Estimates", path: "/estimates" },
    { name: "Rosters", path: "/rosters" },
    { name: "Events", path: "/events" },
    { name: "Sources", path: "/sources" },
    { name: "Facts", path: "/facts" },
    { name: "Method", path: "/method" },
    { name: "How to", path: "/how-to" },
    { name: "Issues", path: "/issues" },
    { name: "Changes", path: "/changes" },
  ],
  search: true,
  globalStylesheets: [],
  style: "style.css",
  head: '<link rel="icon" href="data:,">',
  footer: "Triangulate: the outlets' own words, side by side. Article text is shown as published, never as HTML.",
  toc: false,
  pager: false,
};
