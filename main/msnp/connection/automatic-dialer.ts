// "Automatic": direct TCP, and the HTTP gateway for the rest of this sign-in once a direct
// connection cannot be opened in time (refused, reset, timed out — never a protocol error).
// reference: http-gateway.md §4
import { ConnectError } from './errors';
import type { Dialer } from './transport';

/** How long a direct connection may take before the gateway is used instead (§4: "a few s"). */
export const DEFAULT_FALLBACK_AFTER_MS = 5_000;

export interface AutomaticDialer {
  dial: Dialer;
  /** Which way the latest connection went. */
  readonly via: 'direct' | 'gateway' | null;
}

export function automaticDialer(
  direct: Dialer,
  gateway: Dialer,
  opts: { fallbackAfterMs?: number; onFallback?: (error: ConnectError) => void } = {},
): AutomaticDialer {
  let useGateway = false;
  let via: 'direct' | 'gateway' | null = null;
  const fallbackAfterMs = opts.fallbackAfterMs ?? DEFAULT_FALLBACK_AFTER_MS;
  return {
    get via() {
      return via;
    },
    dial: async (target, { connectTimeoutMs }) => {
      if (!useGateway) {
        try {
          const transport = await direct(target, {
            connectTimeoutMs: Math.min(connectTimeoutMs, fallbackAfterMs),
          });
          via = 'direct';
          return transport;
        } catch (error) {
          if (!(error instanceof ConnectError)) throw error;
          useGateway = true;
          opts.onFallback?.(error);
        }
      }
      const transport = await gateway(target, { connectTimeoutMs });
      via = 'gateway';
      return transport;
    },
  };
}
