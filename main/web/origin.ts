// Which pages may talk to the web harness: only its own, on the loopback interface.
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}
