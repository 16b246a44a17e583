// The gateway's session header: `X-MSN-Messenger: SessionID=<id>; GW-IP=<host>[; …]`.
// reference: http-gateway.md §1 (more name=value pairs may follow; Session=close ends it)

export interface GatewayHeader {
  sessionId: string | null;
  /** The host (and maybe port) the next request goes to. */
  gatewayIp: string | null;
  /** The server ended the session (like a closed socket). */
  closed: boolean;
}

/** Session ids and hosts are short tokens; anything else in them is ignored, never followed. */
const TOKEN = /^[A-Za-z0-9.:[\]{}_-]{1,200}$/;

export function parseGatewayHeader(value: string | string[] | undefined): GatewayHeader {
  const text = Array.isArray(value) ? value.join('; ') : (value ?? '');
  const header: GatewayHeader = { sessionId: null, gatewayIp: null, closed: false };
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    const val = part.slice(eq + 1).trim();
    if (name === 'sessionid' && TOKEN.test(val)) header.sessionId = val;
    else if (name === 'gw-ip' && TOKEN.test(val)) header.gatewayIp = val;
    else if (name === 'session' && val.toLowerCase() === 'close') header.closed = true;
  }
  return header;
}
