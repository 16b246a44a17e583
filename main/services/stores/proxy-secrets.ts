// Proxy passwords, one per network, sealed with the same SecretStore as account passwords
// (safeStorage in Electron) and kept apart from profiles.json, which windows read: a page
// can set or forget one, never read it back. reference: msnp8 http-gateway.md §5
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';
import type { CorruptFileListener } from './json-file';
import type { SecretStore } from './secret-store';
import { ServiceError } from '../service-error';

const fileSchema = z.record(z.string().max(200), z.string().max(2_000));

export class ProxySecrets {
  private constructor(
    private readonly path: string,
    private readonly secrets: SecretStore,
    private sealed: Record<string, string>,
  ) {}

  static async open(
    dir: string,
    secrets: SecretStore,
    onCorrupt: CorruptFileListener,
  ): Promise<ProxySecrets> {
    const path = join(dir, 'proxy-secrets.json');
    return new ProxySecrets(path, secrets, (await readJsonFile(path, fileSchema, onCorrupt)) ?? {});
  }

  /** The network's proxy password, or null (none kept, or it cannot be unsealed here). */
  password(profileId: string): string | null {
    const sealed = this.sealed[profileId];
    if (sealed === undefined) return null;
    try {
      return this.secrets.decrypt(Buffer.from(sealed, 'base64'));
    } catch {
      return null;
    }
  }

  has(profileId: string): boolean {
    return this.sealed[profileId] !== undefined;
  }

  /** Keeps (or with null forgets) a password; memory changes only once the file is written. */
  async set(profileId: string, password: string | null): Promise<void> {
    const next = { ...this.sealed };
    if (password === null) delete next[profileId];
    else {
      if (!this.secrets.isAvailable()) {
        throw new ServiceError('invalid', 'This computer cannot keep passwords safely.');
      }
      next[profileId] = this.secrets.encrypt(password).toString('base64');
    }
    await writeJsonFile(this.path, next);
    this.sealed = next;
  }
}
