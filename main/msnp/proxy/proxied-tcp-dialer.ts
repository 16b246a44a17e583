// MSNP over TCP through a proxy: the same TcpTransport, on a socket the proxy opened.
// reference: http-gateway.md §5 (NS and switchboard connections go through the proxy)
import { ConnectError } from '../connection/errors';
import { TcpTransport } from '../connection/tcp-transport';
import type { Dialer } from '../connection/transport';
import type { ProxySetting } from './proxy-setting';
import { openTunnel } from './tunnel';

export function proxiedTcpDialer(proxy: ProxySetting): Dialer {
  return async (target, { connectTimeoutMs }) => {
    try {
      const socket = await openTunnel(proxy, target, connectTimeoutMs);
      return new TcpTransport(socket);
    } catch (error) {
      throw new ConnectError(target.host, target.port, { cause: error });
    }
  };
}
