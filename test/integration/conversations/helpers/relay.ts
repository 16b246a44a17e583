// A TCP relay on 127.0.0.1 in front of one of the local network's ports: "another server"
// (an NS named by a redirect, a switchboard named by an address override) that counts the
// connections made through it.
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';

export interface Relay {
  /** The relay's own (ephemeral) port. */
  port: number;
  /** How many connections came in so far. */
  readonly connections: number;
  /** Ends every relayed connection and stops listening. */
  close(): Promise<void>;
}

export async function startRelay(targetPort: number): Promise<Relay> {
  let connections = 0;
  const sockets: Socket[] = [];
  const server = createServer((inbound) => {
    connections += 1;
    const outbound = connect(targetPort, '127.0.0.1');
    sockets.push(inbound, outbound);
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    get connections() {
      return connections;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
