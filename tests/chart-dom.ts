/** A DOM for the chart components' tests: htl and Plot build DOM with the browser's globals, here linkedom's. */
import { parseHTML } from "linkedom";

const { window } = parseHTML("<!doctype html><html><body></body></html>");

/** Install linkedom's window, document and node classes as globals (call before importing a component). */
export function useDom(): typeof window {
  const g = globalThis as Record<string, unknown>;
  for (const k of ["document", "Node", "NodeList", "NodeFilter", "Element", "HTMLElement", "SVGElement", "DocumentFragment", "Text"]) g[k] ??= (window as unknown as Record<string, unknown>)[k];
  g.window ??= window;
  // Node's own Event cannot be dispatched on linkedom's nodes
  g.Event = window.Event;
  g.CustomEvent = window.CustomEvent;
  g.HTMLCollection ??= class {};
  g.navigator ??= { maxTouchPoints: 0 }; // d3-brush asks (Node 20 has no navigator)
  return window;
}
