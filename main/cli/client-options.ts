// CliOptions → the MsnClientOptions the app's core takes; reads the --ca file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MsnClientOptions } from '../msnp';
import type { CliOptions } from './args';
import { UsageError } from './errors';

export function clientOptions(options: CliOptions): MsnClientOptions {
  let caCertPem: string | null = null;
  try {
    caCertPem = options.caFile ? readFileSync(options.caFile, 'utf8') : null;
  } catch (error) {
    throw new UsageError(`cannot read the --ca file: ${(error as Error).message}`);
  }
  return {
    server: { host: options.host, port: options.port },
    passport: {
      nexusUrl: options.nexusUrl,
      loginUrl: options.loginUrl,
      caCertPem,
      pinnedCertSha256: options.pin,
    },
    reconnect: { enabled: options.reconnect },
    switchboardAddress: options.switchboard,
    ...(options.downloadDir ? { downloadDir: resolve(options.downloadDir) } : {}),
    fileTransfer: options.fileTransfer,
  };
}
