/**
 * Byte-level vetting of a file before it becomes text. A file that is text with a few bad bytes
 * (a stray Windows-1252 quote, a garbled pasted line) is read with those bytes replaced and the
 * first of them reported with its line; GitHub shows such a file, so refusing it would fail a CI
 * run over nothing. Only a file that is not text at all is refused.
 */

/** What the bytes turned out to be. */
export type DecodedBytes =
  | { kind: 'binary'; reason: string; offset: number }
  | { kind: 'text'; text: string; stray: StrayBytes | undefined };

/** Bytes that are no text, each replaced by U+FFFD in the decoded text. */
export interface StrayBytes {
  /** Byte offset of the first one. */
  offset: number;
  /** What the first one is. */
  problem: 'invalid UTF-8' | 'a control character' | 'a NUL byte';
  /** How many places in the file hold such bytes. */
  count: number;
}

/**
 * The openings of common binary formats, which no design document starts with: an image, a PDF or
 * an archive committed under specs/ is refused whatever its bytes look like after.
 */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]]
];

/** Past this share of NUL and control bytes a file is data, not text with a few bad bytes. */
const BINARY_SHARE = 0.1;

/**
 * Decodes a file's bytes as UTF-8 (UTF-16 where a byte-order mark says so). Invalid sequences
 * and control characters other than tab, line feed, carriage return and form feed become U+FFFD,
 * so no parser sees them and no terminal or log receives an escape sequence from a spec.
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte))
      return { kind: 'binary', reason: `${name}, not text`, offset: 0 };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodedText(new TextDecoder(utf16).decode(bytes.subarray(2)), undefined);
  let controls = 0;
  let firstNul = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (isControlByte(bytes[i]!)) {
      controls++;
      if (firstNul < 0 && bytes[i] === 0) firstNul = i;
    }
  }
  if (controls > 0 && controls >= bytes.length * BINARY_SHARE)
    return {
      kind: 'binary',
      reason: `${Math.round((100 * controls) / bytes.length)}% of its bytes are NUL or control bytes, not text`,
      offset: firstNul >= 0 ? firstNul : 0
    };
  const stray = controls > 0 || firstInvalidUtf8(bytes) >= 0 ? strayBytes(bytes) : undefined;
  return decodedText(Buffer.from(bytes).toString('utf8'), stray);
}

function decodedText(text: string, stray: StrayBytes | undefined): DecodedBytes {
  return { kind: 'text', text: stray ? text.replace(CONTROL_CHARACTERS, '\uFFFD') : text, stray };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\v\u000e-\u001f\u007f]/g;

/** NUL, and the C0 controls and DEL that no text file holds (tab, LF, CR and form feed it may). */
function isControlByte(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) ||
    byte === 0x7f
  );
}

/** Every place that holds a control byte or an invalid UTF-8 sequence; a run of them is one place. */
function strayBytes(bytes: Uint8Array): StrayBytes | undefined {
  let first: StrayBytes | undefined;
  let count = 0;
  let previousEnd = -1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    let bad: StrayBytes['problem'] | undefined;
    let length = 1;
    if (isControlByte(byte)) bad = byte === 0 ? 'a NUL byte' : 'a control character';
    else if (byte >= 0x80) {
      length = validSequenceLength(bytes, i);
      if (length === 0) {
        bad = 'invalid UTF-8';
        length = 1;
      }
    }
    if (bad) {
      if (i !== previousEnd) count++;
      previousEnd = i + 1;
      first ??= { offset: i, problem: bad, count: 0 };
    }
    i += length;
  }
  return first ? { ...first, count } : undefined;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const length = sequenceLength(bytes[i]!);
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return inRange(bytes, i, length) ? length : 0;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = validSequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Rejects overlong forms, UTF-16 surrogates and code points above U+10FFFF. */
function inRange(bytes: Uint8Array, i: number, length: number): boolean {
  const lead = bytes[i]!;
  const second = bytes[i + 1]!;
  if (length === 3) {
    if (lead === 0xe0) return second >= 0xa0;
    if (lead === 0xed) return second <= 0x9f;
  }
  if (length === 4) {
    if (lead === 0xf0) return second >= 0x90;
    if (lead === 0xf4) return second <= 0x8f;
  }
  return true;
}

/** 1-based line of a byte offset, counting `\n`, `\r\n` and lone `\r` as line ends. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Strips a BOM and turns CRLF and CR into LF, so every position the parsers report is right. */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!withoutBom.includes('\r')) return withoutBom;
  return withoutBom.split('\r\n').join('\n').split('\r').join('\n');
}
