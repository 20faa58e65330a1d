/**
 * Text that came from a file (an article, an outlet, a title, a path) made safe to print on a
 * terminal: terminal escape sequences (CSI `ESC [ …`, OSC `ESC ] … BEL|ESC \\`, other `ESC x`) and
 * control characters (C0 and C1, DEL) are removed, except line feeds and tabs; a carriage return
 * that could overwrite what the line said is removed too.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
export function forTerminal(text: string): string {
  return (
    text
      // OSC, DCS, SOS, PM, APC strings: up to BEL or ST (ESC \\ or U+009C), or the end of the text
      .replace(/(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g, "")
      // CSI sequences: ESC [ or U+009B, parameters, intermediates, a final byte
      .replace(/(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g, "")
      // other escapes: ESC, intermediates, a final byte
      .replace(/\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g, "")
      // every other control character but \n and \t
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
  );
}
