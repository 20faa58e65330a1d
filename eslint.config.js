// ESLint over the library, scripts, benchmarks, tests, CLI and the site's components and loaders (the pages are Framework's markdown):
// its recommended rules and typescript-eslint's, syntax only (not type-checked: fast, and tsc checks the types).
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

const readonly = (names) => Object.fromEntries(names.map((name) => [name, "readonly"]));

/** Node's globals, as the Node that runs ESLint has them. */
const NODE = readonly(Object.getOwnPropertyNames(globalThis));

/** The browser's globals that components may use (no-undef names any other; add it here). */
const BROWSER = readonly(
  (
    "window document navigator location history console localStorage sessionStorage performance crypto " +
    "getComputedStyle matchMedia innerWidth innerHeight devicePixelRatio scrollBy scrollTo addEventListener removeEventListener dispatchEvent " +
    "requestAnimationFrame cancelAnimationFrame setTimeout clearTimeout setInterval clearInterval queueMicrotask structuredClone fetch " +
    "URL URLSearchParams Blob TextEncoder TextDecoder AbortController DOMParser CSS Node Element HTMLElement SVGElement " +
    "Event CustomEvent KeyboardEvent MouseEvent ResizeObserver IntersectionObserver MutationObserver"
  ).split(" "),
);

export default defineConfig([
  // of the site only its components and data loaders (pages are markdown, src/.observablehq is Framework's cache)
  globalIgnores(["dist", "dist/", ".dist-sets/", "out/", "bench/out/", "test-output/", ".triangulate/", "tests/fixtures/", "src/*", "!src/components/", "!src/data/", "!src/data.tar.ts", "src/components/*.d.ts"]),
  {
    files: ["**/*.{js,mjs,ts,mts}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: NODE },
    rules: {
      // short bodies are written as comma sequences (`if (x) a(), b();`) on purpose, and the rule has no option to allow them
      "@typescript-eslint/no-unused-expressions": "off",
      // `const { body: _, ...rest } = x` is how the code drops a field from a copy
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["src/components/*.js"],
    languageOptions: { globals: BROWSER },
  },
]);
