// Where the HTTP gateway is: host, port and path (reference: http-gateway.md §1, Escargot
// serves it at /gateway/gateway.dll on its HTTP host).

export interface GatewayAddress {
  host: string;
  port: number;
  path: string;
}

export const DEFAULT_GATEWAY_PATH = '/gateway/gateway.dll';

/** `GW-IP` names the host for the next request; a port is kept unless it names one. */
export function followGatewayIp(current: GatewayAddress, gatewayIp: string | null): GatewayAddress {
  if (!gatewayIp) return current;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(gatewayIp);
  const plain = /^([^:]+)(?::(\d{1,5}))?$/.exec(gatewayIp);
  const match = bracketed ?? plain;
  if (!match?.[1]) return current;
  const port = match[2] ? Number(match[2]) : current.port;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return current;
  return { ...current, host: match[1], port };
}
