// One MSNP connection with TrID-matched requests (DESIGN.md, protocol core step 2).
export type { ConnectionEvents, ConnectOptions, RequestOptions } from './connection';
export {
  MsnpConnection,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from './connection';
export { MsnpError, RequestTimeoutError, DisconnectedError, ConnectError } from './errors';
export { TridCounter, MAX_TRID } from './trid-counter';
export type { ConnectTarget, Dialer, Transport, TransportEvents, TransportKind } from './transport';
export { tcpDialer, TcpTransport, CLOSE_FLUSH_GRACE_MS } from './tcp-transport';
