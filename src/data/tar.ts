// A tar archive (POSIX ustar) of named files, written by hand: the site's data loader packs every
// file the pages load into one archive (see ../data.tar.ts), which Framework reads with its own tar
// reader. Only what that needs: regular files, names of at most 100 bytes, no directories.

const BLOCK = 512;

/** One file's 512-byte header: its name, size and a checksum over the header itself. */
function header(name: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  const put = (text: string, at: number, width: number) => h.write(text.slice(0, width), at, width, "utf8");
  const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, "0") + "\0";
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: the name ${name} is over 100 bytes`);
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(mtime, 12), 136, 12);
  put("        ", 148, 8); // (the checksum is summed with its own field as spaces)
  put("0", 156, 1);
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  let sum = 0;
  for (const b of h) sum += b;
  put(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8);
  return h;
}

/**
 * The files as one tar archive, in the order given, as the chunks to write one after the other:
 * a file's content is asked for (`make`) only when its turn comes, so that no more than one file's
 * data is held at once.
 * @example Buffer.concat([...tar([["a.json", () => "[1]"]])]).length // 2048: a header, the data's block, two empty blocks
 */
export function* tar(files: Iterable<[string, () => string | Uint8Array]>, mtime = Math.floor(Date.now() / 1000)): Generator<Uint8Array> {
  for (const [name, make] of files) {
    const content = make();
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    yield header(name, data.length, mtime);
    yield data;
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) yield Buffer.alloc(pad);
  }
  yield Buffer.alloc(2 * BLOCK);
}
