// Waiting for a reply that may come under one of several names (USR TWN I is answered by
// XFR NS or USR TWN S: login.md §4), on top of MsnpConnection.send.
import type { MsnpCommand } from '../codec';
import type { MsnpConnection } from '../connection';
import { DisconnectedError, MsnpError, RequestTimeoutError } from '../connection';

const ERROR_NAME = /^[0-9]{3}$/;

export function requestAny(
  conn: MsnpConnection,
  name: string,
  params: readonly string[],
  replyNames: readonly string[],
  timeoutMs: number,
): Promise<MsnpCommand> {
  return new Promise((resolve, reject) => {
    let trid = -1;
    const cleanup = () => {
      clearTimeout(timer);
      conn.off('command', onCommand);
      conn.off('close', onClose);
    };
    const onCommand = (cmd: MsnpCommand) => {
      if (cmd.trid !== trid) return;
      if (ERROR_NAME.test(cmd.name)) {
        cleanup();
        reject(new MsnpError(Number(cmd.name), name, trid));
      } else if (replyNames.includes(cmd.name)) {
        cleanup();
        resolve(cmd);
      }
    };
    const onClose = () => {
      cleanup();
      reject(new DisconnectedError('The server closed the connection.'));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new RequestTimeoutError(name, timeoutMs));
    }, timeoutMs);
    conn.on('command', onCommand);
    conn.on('close', onClose);
    try {
      trid = conn.send(name, params);
    } catch (error) {
      cleanup();
      reject(error as Error);
    }
  });
}

/** `host:port` → parts; README.md §1.1: no port means 1863. */
export function parseHostPort(text: string | undefined): { host: string; port: number } | null {
  if (!text) return null;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(text);
  if (!m || !m[1]) return null;
  const port = m[2] === undefined ? 1863 : Number(m[2]);
  if (port < 1 || port > 65535) return null;
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}
