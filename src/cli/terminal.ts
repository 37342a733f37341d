/**
 * What the CLI prints reaches a terminal or a pipe (issue 14): control characters from cell text or file
 * names are escaped (an ESC sequence in a cell must not drive the terminal; a bidi override must not reorder a
 * line), and a closed pipe (`bangfu-check … | head`) ends the run quietly instead of with an EPIPE trace.
 */

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// The same characters above U+001F: all that JSON.stringify leaves unescaped (it escapes U+0000–U+001F itself).
const CONTROL_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether text made by JSON.stringify (where only a newline of its indentation can be below U+0020) has a
 * character escapeControls escapes: a test makes no new string, and on 33 MB of --json it is ~20 % cheaper than
 * testing for the C0 characters too.
 */
export function jsonHasControls(json: string): boolean {
  return CONTROL_IN_JSON.test(json);
}

/** Escapes control characters as `\u001b` (also a valid escape inside a JSON string, so JSON stays JSON). */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

import { writeSync } from 'fs';

const guarded = new WeakSet<NodeJS.WriteStream>();
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Text up to a third of its size is encoded here, not into a new Buffer each time (writeSync is done with it on return). */
let scratch: Buffer | undefined;

/**
 * Writes `text` to stdout or stderr and returns only when the reader has taken it. Node's stream would accept it
 * at once and hold whatever a full pipe refuses in memory: piping 200,000 findings into a slower reader
 * (`bangfu-check --json … | jq`) held ~230 MB more. So the bytes go to the file descriptor directly, and while the
 * pipe is full (EAGAIN) the CLI waits a millisecond at a time. Used only where nothing is queued in the stream
 * already (else the order would change) and not on Windows (pipes there are not file descriptors of this kind).
 */
export function writeWaiting(stream: NodeJS.WriteStream, text: string): void {
  const fd = (stream as { fd?: unknown }).fd;
  if (process.platform === 'win32' || typeof fd !== 'number' || stream.writableLength > 0) {
    stream.write(text);
    return;
  }
  // UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2), so the text fits.
  scratch ??= Buffer.allocUnsafe(3 << 20);
  const bytes = text.length * 3 <= scratch.length ? scratch.subarray(0, scratch.write(text, 0, 'utf8')) : Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length;) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
      else if (code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      else throw err;
    }
  }
}

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
