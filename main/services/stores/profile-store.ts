// Network profiles (ui-spec §1.8, Connection): built-in presets plus the user's own.
// reference: msnp8/README.md §1.1 (hosts and ports) for the presets.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { NetworkProfile } from '@shared/domain';
import { networkProfileSchema } from '@shared/ipc/requests';
import { readJsonFile, SerialUpdates, writeJsonFile } from './json-file';
import type { CorruptFileListener } from './json-file';
import { ServiceError } from '../service-error';

export const LOCAL_DEMO_PROFILE_ID = 'local-demo';

/** Placeholder until a real local network is known (the harness and demo pass theirs). */
export const DEFAULT_LOCAL_PROFILE: NetworkProfile = {
  id: LOCAL_DEMO_PROFILE_ID,
  name: 'Local demo network',
  host: '127.0.0.1',
  port: 1863,
  nexusUrl: 'https://127.0.0.1:8443/rdr/pprdr.asp',
  loginUrl: null,
  caCertPem: null,
  pinnedCertSha256: null,
  builtIn: true,
};

// reference: msnp8/README.md §1.1 — Escargot's published endpoints; not tested from here.
export const ESCARGOT_PROFILE: NetworkProfile = {
  id: 'escargot',
  name: 'Escargot',
  host: 'm1.escargot.log1p.xyz',
  port: 1863,
  nexusUrl: 'https://m1.escargot.log1p.xyz/nexus-mock',
  loginUrl: null,
  caCertPem: null,
  pinnedCertSha256: null,
  builtIn: true,
  unverified: true,
};

const customProfilesSchema = z.array(networkProfileSchema);

export class ProfileStore {
  private custom: NetworkProfile[] = [];
  private readonly updates = new SerialUpdates();

  private constructor(
    private readonly path: string,
    private readonly builtIns: NetworkProfile[],
  ) {}

  static async open(
    userDataDir: string,
    localProfile: NetworkProfile,
    onCorrupt: CorruptFileListener,
  ): Promise<ProfileStore> {
    const local = { ...localProfile, id: LOCAL_DEMO_PROFILE_ID, builtIn: true };
    const store = new ProfileStore(join(userDataDir, 'profiles.json'), [local, ESCARGOT_PROFILE]);
    const saved = (await readJsonFile(store.path, customProfilesSchema, onCorrupt)) ?? [];
    store.custom = saved.filter((profile) => !store.isBuiltIn(profile.id));
    return store;
  }

  list(): NetworkProfile[] {
    return [...this.builtIns, ...this.custom];
  }

  get(id: string): NetworkProfile | null {
    return this.list().find((profile) => profile.id === id) ?? null;
  }

  async save(profile: NetworkProfile): Promise<void> {
    if (this.isBuiltIn(profile.id)) {
      throw new ServiceError('invalid', 'Built-in networks cannot be changed; add a custom one.');
    }
    const entry = { ...profile, builtIn: false };
    await this.updates.run(async () => {
      const next = [...this.custom];
      const index = next.findIndex((other) => other.id === profile.id);
      if (index >= 0) next[index] = entry;
      else next.push(entry);
      await this.commit(next);
    });
  }

  /**
   * Stores (or with null removes) the pinned certificate of a network (login.md §5.6). A
   * built-in network cannot change: it is saved as an editable copy with the pin, returned.
   */
  async pin(id: string, sha256: string | null): Promise<NetworkProfile> {
    const profile = this.get(id);
    if (!profile) throw new ServiceError('invalid', 'That network is not there any more.');
    const pinned = { ...profile, pinnedCertSha256: sha256 };
    const saved = this.isBuiltIn(id)
      ? { ...pinned, id: `custom-${randomUUID()}`, builtIn: false, unverified: undefined }
      : pinned;
    await this.save(saved);
    return this.get(saved.id) ?? saved;
  }

  async remove(id: string): Promise<void> {
    if (this.isBuiltIn(id))
      throw new ServiceError('invalid', 'Built-in networks cannot be removed.');
    await this.updates.run(() => this.commit(this.custom.filter((profile) => profile.id !== id)));
  }

  /** Memory changes only once the file is written: a failed save changes nothing. */
  private async commit(next: NetworkProfile[]): Promise<void> {
    await writeJsonFile(this.path, next, 'Your networks');
    this.custom = next;
  }

  private isBuiltIn(id: string): boolean {
    return this.builtIns.some((profile) => profile.id === id);
  }
}
