// MSG payloads: a MIME-style header block, a blank line, a body.
// reference: msnp8/README.md §3.5, switchboard.md §6

export interface MimeMessage {
  /** Headers in wire order; names as sent. */
  headers: [string, string][];
  body: Buffer;
}

const CRLFCRLF = Buffer.from('\r\n\r\n');
const LFLF = Buffer.from('\n\n');

/** Splits a payload at the first blank line (CRLF CRLF, tolerating LF LF). Never throws. */
export function parseMime(payload: Buffer): MimeMessage {
  let split = payload.indexOf(CRLFCRLF);
  let sepLength = 4;
  const lf = payload.indexOf(LFLF);
  if (split < 0 || (lf >= 0 && lf < split)) {
    split = lf;
    sepLength = 2;
  }
  const headBytes = split < 0 ? payload : payload.subarray(0, split);
  const body = split < 0 ? Buffer.alloc(0) : payload.subarray(split + sepLength);
  return { headers: parseFieldLines(headBytes.toString('utf8')), body };
}

/** `Name: value` lines; the value is everything after the first colon, leading space removed. */
export function parseFieldLines(text: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push([line.slice(0, colon).trim(), line.slice(colon + 1).replace(/^[ \t]+/, '')]);
  }
  return fields;
}

/** Case-insensitive lookup of the first field with that name. */
export function fieldValue(fields: readonly [string, string][], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return fields.find(([key]) => key.toLowerCase() === wanted)?.[1];
}

export function header(message: MimeMessage, name: string): string | undefined {
  return fieldValue(message.headers, name);
}

/** The media type of a Content-Type value, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The charset parameter of a Content-Type value, lower-cased; null when absent. */
export function charsetOf(contentType: string | undefined): string | null {
  for (const part of (contentType ?? '').split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    return part
      .slice(eq + 1)
      .trim()
      .replace(/^"|"$/g, '')
      .toLowerCase();
  }
  return null;
}

/**
 * Builds a payload with `MIME-Version: 1.0` first and `Content-Type` second
 * (reference: msnp8/README.md §3.5), then the extra headers, a blank line and the body.
 */
export function buildMime(
  contentType: string,
  extraHeaders: readonly [string, string][],
  body: string | Buffer,
): Buffer {
  let head = `MIME-Version: 1.0\r\nContent-Type: ${contentType}\r\n`;
  for (const [name, value] of extraHeaders) head += `${name}: ${value}\r\n`;
  head += '\r\n';
  return Buffer.concat([
    Buffer.from(head, 'utf8'),
    Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
  ]);
}

/** A `Name: value` block ending with an empty line, as invitation bodies use (switchboard.md §11). */
export function buildFieldBlock(fields: readonly [string, string][]): string {
  return fields.map(([name, value]) => `${name}: ${value}\r\n`).join('') + '\r\n';
}
