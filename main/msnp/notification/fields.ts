// `Name: value` blocks of NS MSG payloads. Profile data sits in the header block, mail and
// system messages in a second block in the body; both parse the same way.
// reference: msnp8/README.md §3.5, notifications.md §1

export interface NsPayload {
  /** Lower-cased media type of Content-Type, e.g. `text/x-msmsgsprofile`. */
  contentType: string;
  /** Every field of the header and body blocks; names lower-cased. */
  fields: Map<string, string>;
}

function parseBlock(text: string, into: Map<string, string>): void {
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // msnp8/README.md §3.5: the value is everything after the first colon, leading space removed.
    if (!into.has(name))
      into.set(
        name,
        line
          .slice(colon + 1)
          .replace(/^[ \t]+/, '')
          .trimEnd(),
      );
  }
}

export function parseNsPayload(payload: Buffer | string): NsPayload {
  const text = typeof payload === 'string' ? payload : payload.toString('utf8');
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  const body = m ? text.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  parseBlock(head, headers);
  const fields = new Map(headers);
  const bodyFields = new Map<string, string>();
  parseBlock(body, bodyFields);
  for (const [k, v] of bodyFields) if (!fields.has(k)) fields.set(k, v);
  const contentType = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return { contentType, fields };
}

export function intField(fields: Map<string, string>, name: string): number | null {
  const v = fields.get(name.toLowerCase());
  if (v === undefined || !/^-?\d{1,12}$/.test(v)) return null;
  return Number(v);
}
