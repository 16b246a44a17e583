// Session store: who I am, where the sign-in is, mail, network profiles, remembered accounts.
import { create } from 'zustand';
import type {
  MailState,
  NetworkProfile,
  SelfProfile,
  SessionState,
  SettableStatus,
} from '../../../shared/domain';
import type { RememberedAccount, Snapshot } from '../../../shared/ipc/events';
import type { RequestInput } from '../../../shared/ipc/requests';
import { attempt, call } from './client';

export interface SessionStore {
  loaded: boolean;
  platform: Snapshot['platform'];
  session: SessionState;
  self: SelfProfile | null;
  mail: MailState | null;
  profiles: NetworkProfile[];
  accounts: RememberedAccount[];
  /** The address of the last sign-in attempt, so the form keeps it after a failure. */
  lastEmail: string;
  /** When the session last became online (epoch ms): the ILN burst before it is silent. */
  onlineSince: number | null;
  signIn(input: RequestInput<'session:signIn'>): Promise<void>;
  cancelSignIn(): Promise<void>;
  signOut(): Promise<void>;
  setStatus(status: SettableStatus): Promise<void>;
  setFriendlyName(name: string): Promise<void>;
  saveProfile(profile: NetworkProfile): Promise<void>;
  removeProfile(profileId: string): Promise<void>;
  forgetAccount(email: string): Promise<void>;
}

export const initialSession: Pick<
  SessionStore,
  | 'loaded'
  | 'platform'
  | 'session'
  | 'self'
  | 'mail'
  | 'profiles'
  | 'accounts'
  | 'onlineSince'
  | 'lastEmail'
> = {
  loaded: false,
  platform: 'electron',
  session: { phase: 'signedOut' },
  self: null,
  mail: null,
  profiles: [],
  accounts: [],
  onlineSince: null,
  lastEmail: '',
};

export const useSession = create<SessionStore>()((set, get) => ({
  ...initialSession,
  async signIn(input) {
    // Show progress at once; main's session events take over from here.
    set({ session: { phase: 'connecting' }, lastEmail: input.email });
    let refused = '';
    const ok = await attempt('session:signIn', input, (message) => {
      refused = message;
    });
    // Main normally reports the outcome as a session event with a failure; if the request
    // itself was refused and no such event came, show its reason in the form.
    const now = get().session;
    if (!ok && !now.failure && (now.phase === 'connecting' || now.phase === 'signedOut')) {
      set({ session: { phase: 'signedOut', failure: { kind: 'protocol', message: refused } } });
    }
  },
  async cancelSignIn() {
    await call('session:cancelSignIn', undefined);
  },
  async signOut() {
    await call('session:signOut', undefined);
  },
  async setStatus(status) {
    const self = get().self;
    if (self) set({ self: { ...self, status } });
    await call('session:setStatus', { status });
  },
  async setFriendlyName(name) {
    const self = get().self;
    if (self) set({ self: { ...self, friendlyName: name } });
    await call('session:setFriendlyName', { name });
  },
  async saveProfile(profile) {
    await call('profiles:save', profile);
  },
  async removeProfile(profileId) {
    await call('profiles:remove', { profileId });
  },
  async forgetAccount(email) {
    await call('accounts:forget', { email });
  },
}));

/** Applies a session state from main, noting when the account came online. */
export function applySessionState(session: SessionState): void {
  const prev = useSession.getState();
  const cameOnline = session.phase === 'online' && prev.session.phase !== 'online';
  useSession.setState({
    session,
    onlineSince: cameOnline ? Date.now() : session.phase === 'online' ? prev.onlineSince : null,
  });
}
