/**
 * A fast reader for the plain front matter the kit itself writes (`key: value` lines whose values
 * are null, a number, a JSON-quoted string or a bare word). Anything else returns null and is read
 * by the YAML parser, which also gives line numbers for errors.
 */
const LINE = /^([a-z_]+): (.*)$/;
const BARE = /^[A-Za-z0-9][A-Za-z0-9 ._\/:?=&%+~,()-]*$/;

export function fastFrontMatter(yaml: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const line of yaml.split("\n")) {
    if (line === "") continue;
    const m = LINE.exec(line);
    if (!m || m[1] in out) return null;
    const v = m[2].trim();
    if (v === "null" || v === "~" || v === "") out[m[1]] = null;
    else if (/^-?\d+$/.test(v)) out[m[1]] = Number(v);
    else if (v.startsWith('"')) {
      if (!v.endsWith('"') || /\\[^"\\\/bfnrtu]/.test(v)) return null;
      try {
        out[m[1]] = JSON.parse(v);
      } catch {
        return null;
      }
    } else if (BARE.test(v) && !/:\s|\s#|^(true|false|yes|no|on|off)$/i.test(v) && !/^\d{4}-\d{2}-\d{2}T/.test(v)) out[m[1]] = v;
    else return null;
  }
  return out;
}
