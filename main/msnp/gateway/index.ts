// The HTTP gateway transport (reference: http-gateway.md).
export type { GatewayAddress } from './gateway-address';
export { DEFAULT_GATEWAY_PATH, followGatewayIp } from './gateway-address';
export { parseGatewayHeader } from './gateway-header';
export type { GatewayOptions, GatewayTimings } from './gateway-transport';
export {
  GatewayError,
  GatewayTransport,
  gatewayDialer,
  DEFAULT_GATEWAY_TIMINGS,
} from './gateway-transport';
export type { ConnectionMode, ConnectionSetting, SignInDialer } from './connection-setting';
export { dialerFor, gatewayAddressFor } from './connection-setting';
