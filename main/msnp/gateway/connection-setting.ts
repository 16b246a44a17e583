// A network's connection setting, turned into the dialer one sign-in uses.
// reference: http-gateway.md §4 (automatic, direct only, gateway only)
import { automaticDialer } from '../connection/automatic-dialer';
import { tcpDialer } from '../connection/tcp-transport';
import type { Dialer } from '../connection/transport';
import { DEFAULT_GATEWAY_PATH } from './gateway-address';
import type { GatewayAddress } from './gateway-address';
import { gatewayDialer } from './gateway-transport';
import type { GatewayTimings } from './gateway-transport';
import { proxiedTcpDialer } from '../proxy/proxied-tcp-dialer';
import type { ProxySetting } from '../proxy/proxy-setting';

export type ConnectionMode = 'automatic' | 'direct' | 'gateway';

export interface ConnectionSetting {
  mode: ConnectionMode;
  /** Default: the network's host, port 80, /gateway/gateway.dll. */
  gateway?: Partial<GatewayAddress>;
  /** Automatic: how long the direct connection may take before the gateway is used. */
  fallbackAfterMs?: number;
  gatewayTimings?: GatewayTimings;
  /** Every MSNP connection (and the gateway's requests) goes through this proxy. */
  proxy?: ProxySetting | null;
}

export interface SignInDialer {
  dial: Dialer;
  /** Which way the latest connection went; null before the first. */
  readonly via: 'direct' | 'gateway' | null;
}

export function gatewayAddressFor(
  setting: ConnectionSetting | undefined,
  networkHost: string,
): GatewayAddress {
  return {
    host: setting?.gateway?.host ?? networkHost,
    port: setting?.gateway?.port ?? 80,
    path: setting?.gateway?.path ?? DEFAULT_GATEWAY_PATH,
  };
}

/** A fresh dialer for one sign-in: an automatic fallback lasts until the next sign-in. */
export function dialerFor(
  setting: ConnectionSetting | undefined,
  networkHost: string,
): SignInDialer {
  const mode = setting?.mode ?? 'direct';
  const proxy = setting?.proxy ?? null;
  const direct = proxy ? proxiedTcpDialer(proxy) : tcpDialer;
  const gateway = gatewayDialer({
    address: gatewayAddressFor(setting, networkHost),
    proxy,
    fallback: mode === 'automatic',
    ...setting?.gatewayTimings,
  });
  if (mode === 'automatic') {
    return automaticDialer(direct, gateway, { fallbackAfterMs: setting?.fallbackAfterMs });
  }
  const dial = mode === 'gateway' ? gateway : direct;
  const via = mode === 'gateway' ? 'gateway' : 'direct';
  let used: 'direct' | 'gateway' | null = null;
  return {
    get via() {
      return used;
    },
    dial: async (target, opts) => {
      const transport = await dial(target, opts);
      used = via;
      return transport;
    },
  };
}
