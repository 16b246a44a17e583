// The session header and GW-IP (reference: http-gateway.md §1).
import { describe, expect, it } from 'vitest';
import { followGatewayIp, parseGatewayHeader } from '../../../main/msnp/gateway';

describe('X-MSN-Messenger', () => {
  it('reads the session id, the gateway host and Session=close, in any order and case', () => {
    expect(parseGatewayHeader('SessionID=123.456; GW-IP=207.46.1.2')).toEqual({
      sessionId: '123.456',
      gatewayIp: '207.46.1.2',
      closed: false,
    });
    expect(parseGatewayHeader('gw-ip=gw.example.net; Session=close; SessionID=a-b')).toEqual({
      sessionId: 'a-b',
      gatewayIp: 'gw.example.net',
      closed: true,
    });
  });

  it('ignores what is not a short token (never follows a URL or spaces)', () => {
    const header = parseGatewayHeader('SessionID=a b; GW-IP=http://evil/; x');
    expect(header).toEqual({ sessionId: null, gatewayIp: null, closed: false });
    expect(parseGatewayHeader(undefined).sessionId).toBeNull();
  });
});

describe('GW-IP', () => {
  const here = { host: 'gw.example.net', port: 80, path: '/gateway/gateway.dll' };
  it('moves to the named host, keeping the port unless one is named', () => {
    expect(followGatewayIp(here, '10.0.0.1')).toEqual({ ...here, host: '10.0.0.1' });
    expect(followGatewayIp(here, '127.0.0.1:8080')).toEqual({
      ...here,
      host: '127.0.0.1',
      port: 8080,
    });
    expect(followGatewayIp(here, '[::1]:81')).toEqual({ ...here, host: '::1', port: 81 });
  });
  it('stays put when GW-IP is absent or nonsense', () => {
    expect(followGatewayIp(here, null)).toBe(here);
    expect(followGatewayIp(here, 'a:99999')).toBe(here);
  });
});
