// Proxies for the MSNP connections, the gateway and Passport (reference: http-gateway.md §5).
export type { ProxyKind, ProxySetting } from './proxy-setting';
export { ProxyError } from './proxy-setting';
export { basicAuth, openTunnel } from './tunnel';
export type { TunnelTarget } from './tunnel';
export { proxiedTcpDialer } from './proxied-tcp-dialer';
