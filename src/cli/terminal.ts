/**
 * What the CLI prints reaches a terminal or a pipe (issue 14): control characters from cell text or file
 * names are escaped (an ESC sequence in a cell must not drive the terminal; a bidi override must not reorder a
 * line), and a closed pipe (`bangfu-check … | head`) ends the run quietly instead of with an EPIPE trace.
 */

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes control characters as `\u001b` (also a valid escape inside a JSON string, so JSON stays JSON). */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const guarded = new WeakSet<NodeJS.WriteStream>();

/** Ends the process quietly when the reader of stdout or stderr goes away. */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
}
