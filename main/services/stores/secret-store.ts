// Encryption of remembered passwords. The app uses Electron's safeStorage (OS keychain /
// DPAPI / libsecret, main/electron/safe-storage-secret-store.ts); the web harness uses a
// per-folder AES key. Either way a password is never written or logged in clear.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface SecretStore {
  /** False when the platform has no real encryption: then passwords are not remembered. */
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  /** Throws when the data cannot be decrypted (other machine, other user, damaged). */
  decrypt(sealed: Buffer): string;
}

/**
 * AES-256-GCM with a random key kept in the user-data folder (mode 0600). This keeps clear
 * passwords out of files for the Node-only web harness; it is not a keychain, which is why
 * the Electron app uses safeStorage instead.
 */
export class FileKeySecretStore implements SecretStore {
  private constructor(private readonly key: Buffer) {}

  static async open(userDataDir: string): Promise<FileKeySecretStore> {
    const path = join(userDataDir, 'secret.key');
    try {
      const key = await readFile(path);
      if (key.length === 32) return new FileKeySecretStore(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const key = randomBytes(32);
    await mkdir(userDataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, key, { mode: 0o600 });
    return new FileKeySecretStore(key);
  }

  isAvailable(): boolean {
    return true;
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  }
}
