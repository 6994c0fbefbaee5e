/**
 * Byte-level vetting of a file before it becomes text: NUL bytes and invalid UTF-8 are reported
 * with the line they are on instead of being parsed into nonsense.
 */

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    if (!inRange(bytes, i, length)) return i;
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
