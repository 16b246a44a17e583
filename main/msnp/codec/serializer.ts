// Client → server command lines.
// reference: msnp8/README.md §3.1 (one space between fields, CR LF), §3.2 (TrID after the name),
// §3.4 (payload length in UTF-8 bytes, line and payload in one write)

const NAME = /^[A-Z0-9]{3}$/;
// A parameter is one non-empty field: no space, CR, LF or other control byte (anything that
// could hold those must be URL-encoded first, msnp8/README.md §5). A violation here is a bug in
// the caller; letting it through would let a display name inject commands.
function isValidParam(param: string): boolean {
  if (param.length === 0) return false;
  for (let i = 0; i < param.length; i++) {
    const c = param.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return false;
  }
  return true;
}

/**
 * Builds one command as a single Buffer: `NAME[ TrID][ params…][ length]\r\n[payload]`.
 * With a payload, its UTF-8 byte length is appended as the last parameter.
 * Throws a RangeError for an invalid name, TrID or parameter (the values are not quoted).
 */
export function serializeCommand(
  name: string,
  trid: number | null,
  params: readonly string[],
  payload?: Buffer | string,
): Buffer {
  if (!NAME.test(name)) throw new RangeError('invalid MSNP command name');
  let line = name;
  if (trid !== null) {
    if (!Number.isInteger(trid) || trid < 0 || trid > 0x7fffffff) {
      throw new RangeError(`invalid TrID for ${name}`);
    }
    line += ' ' + trid;
  }
  for (let i = 0; i < params.length; i++) {
    const param = params[i]!;
    if (!isValidParam(param)) throw new RangeError(`invalid parameter ${i + 1} for ${name}`);
    line += ' ' + param;
  }
  if (payload === undefined) return Buffer.from(line + '\r\n', 'utf8');

  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const head = line + ' ' + body.length + '\r\n';
  const headBytes = Buffer.byteLength(head, 'utf8');
  const out = Buffer.allocUnsafe(headBytes + body.length);
  out.write(head, 0, 'utf8');
  body.copy(out, headBytes);
  return out;
}
