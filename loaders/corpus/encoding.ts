/** How a file's bytes decode: as UTF-8 text, or why not. */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

/** Share of control bytes above which a file is taken as binary. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Decode a source file's bytes as UTF-8, or say what it is instead: a binary file, or text in a
 * legacy encoding (Arabic sites often serve Windows-1256).
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  // UTF-16 with a byte-order mark (what Windows Notepad saves as "Unicode") is read as it is
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (bom && !(bom === "utf-16le" && bytes[2] === 0 && bytes[3] === 0)) {
    try {
      return { ok: true, text: new TextDecoder(bom, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, line: 1, message: `not valid ${bom.toUpperCase()} (it starts with a ${bom.toUpperCase()} byte-order mark, but a character is cut or broken): save it as UTF-8` };
    }
  }
  const utf16 = withoutBom16(bytes);
  if (utf16) return { ok: false, line: 1, message: `${utf16} without a byte-order mark (every other byte is 0): save it as UTF-8` };
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return { ok: false, line: 1, message: "binary file (it contains NUL bytes): a source must be UTF-8 text" };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  }
  if (bytes.length && controls / bytes.length > BINARY_CONTROL_SHARE) return { ok: false, line: 1, message: "binary file: a source must be UTF-8 text" };
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = 1 + countNewlines(bytes, at);
    return {
      ok: false,
      line,
      message: `not UTF-8 (invalid byte 0x${bytes[at].toString(16).padStart(2, "0")} at offset ${at}); it looks like ${guessEncoding(bytes)}: save it as UTF-8, e.g. iconv -f ${guessEncoding(bytes)} -t UTF-8`,
    };
  }
}

/** "UTF-16LE" or "UTF-16BE" when a tenth of the first bytes at odd (or even) positions are 0 and none of the others: UTF-16 saved without a mark. */
function withoutBom16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0,
    odd = 0;
  for (let i = 0; i < n; i += 2) (bytes[i] === 0 && even++, bytes[i + 1] === 0 && odd++);
  const pairs = n / 2;
  if (odd / pairs > 0.1 && even / pairs < 0.01) return "UTF-16LE";
  if (even / pairs > 0.1 && odd / pairs < 0.01) return "UTF-16BE";
  return null;
}

function countNewlines(bytes: Uint8Array, end: number) {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!len) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}

/** The likely legacy encoding of non-UTF-8 text: Windows-1256 when it decodes to mostly Arabic. */
export function guessEncoding(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1256").decode(bytes);
  let arabic = 0,
    high = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x80) high++;
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  return high && arabic / high > 0.6 ? "windows-1256" : "windows-1252";
}
