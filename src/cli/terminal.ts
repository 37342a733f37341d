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

import { writeSync } from 'fs';

const guarded = new WeakSet<NodeJS.WriteStream>();
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Text up to a third of its size is encoded here, not into a new Buffer each time (writeSync is done with it on return). */
let scratch: Buffer | undefined;

/** UTF-8 of `text`: in the scratch buffer when it fits (valid until the next call), else a new Buffer. */
function encode(text: string): Uint8Array {
  scratch ??= Buffer.allocUnsafe(3 << 20);
  // UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2), so the text fits.
  return text.length * 3 <= scratch.length ? scratch.subarray(0, scratch.write(text, 0, 'utf8')) : Buffer.from(text, 'utf8');
}

/**
 * The UTF-8 of escapeControls(json), for text made by JSON.stringify (which escapes U+0000–U+001F itself; only a
 * newline of its indentation is below U+0020). The text is encoded as it is and the bytes searched for the
 * characters left — U+007F is 7F, U+0080–U+009F are C2 80–9F, the bidi characters E2 80 8E/8F/AA–AE and
 * E2 81 A6–A9, and none of these bytes can stand inside another character — with Buffer#indexOf (memchr):
 * ~2 ms over 33 MB where a regular expression over the string took 26 ms warm, ~40 ms on its first use. Only
 * when one is found is the text escaped and encoded again.
 */
export function encodeJson(json: string): Uint8Array {
  const bytes = encode(json);
  return bytesHaveControls(bytes) ? Buffer.from(escapeControls(json), 'utf8') : bytes;
}

function bytesHaveControls(b: Uint8Array): boolean {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (buf.indexOf(0x7f) >= 0) return true;
  for (let i = buf.indexOf(0xc2); i >= 0; i = buf.indexOf(0xc2, i + 1)) if (buf[i + 1] <= 0x9f) return true;
  for (let i = buf.indexOf(0xe2); i >= 0; i = buf.indexOf(0xe2, i + 1)) {
    const b1 = buf[i + 1];
    const b2 = buf[i + 2];
    if (b1 === 0x80 && (b2 === 0x8e || b2 === 0x8f || (b2 >= 0xaa && b2 <= 0xae))) return true;
    if (b1 === 0x81 && b2 >= 0xa6 && b2 <= 0xa9) return true;
  }
  return false;
}

/**
 * Writes `text` to stdout or stderr and returns only when the reader has taken it. Node's stream would accept it
 * at once and hold whatever a full pipe refuses in memory: piping 200,000 findings into a slower reader
 * (`bangfu-check --json … | jq`) held ~230 MB more. So the bytes go to the file descriptor directly, and while the
 * pipe is full (EAGAIN) the CLI waits a millisecond at a time. Used only where nothing is queued in the stream
 * already (else the order would change) and not on Windows (pipes there are not file descriptors of this kind).
 * `json`: the text is JSON.stringify's and is written as escapeControls(text) (encodeJson).
 */
export function writeWaiting(stream: NodeJS.WriteStream, text: string, json = false): void {
  const fd = (stream as { fd?: unknown }).fd;
  if (process.platform === 'win32' || typeof fd !== 'number' || stream.writableLength > 0) {
    stream.write(json ? escapeControls(text) : text);
    return;
  }
  const bytes = json ? encodeJson(text) : encode(text);
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
