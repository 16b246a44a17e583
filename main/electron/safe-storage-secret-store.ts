// SecretStore backed by Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet).
// On Linux without a keyring safeStorage falls back to a hard-coded key ('basic_text'):
// that is not protection, so passwords are then not remembered at all.
import { safeStorage } from 'electron';
import type { SecretStore } from '../services/stores/secret-store';

export class SafeStorageSecretStore implements SecretStore {
  isAvailable(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (process.platform === 'linux')
      return safeStorage.getSelectedStorageBackend() !== 'basic_text';
    return true;
  }

  encrypt(plain: string): Buffer {
    return safeStorage.encryptString(plain);
  }

  decrypt(sealed: Buffer): string {
    return safeStorage.decryptString(sealed);
  }
}
