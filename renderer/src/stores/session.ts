// Session store: who I am, where the sign-in is, mail, network profiles, remembered accounts.
import { create } from 'zustand';
import type {
  MailState,
  NetworkProfile,
  SelfProfile,
  SessionState,
  SettableStatus,
} from '@shared/domain';
import type { RememberedAccount, Snapshot } from '@shared/ipc/events';
import type { RequestInput } from '@shared/ipc/requests';
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
  /** The rest of that attempt's form (never the password), restored with it. */
  lastAttempt: Omit<RequestInput<'session:signIn'>, 'password'> | null;
  /** When the session last became online (epoch ms): the ILN burst before it is silent. */
  onlineSince: number | null;
  signIn(input: RequestInput<'session:signIn'>): Promise<void>;
  cancelSignIn(): Promise<void>;
  signOut(): Promise<void>;
  setStatus(status: SettableStatus): Promise<void>;
  /** True when main took the name; with `onError` the caller shows the failure itself. */
  setFriendlyName(name: string, onError?: (message: string) => void): Promise<boolean>;
  /** True when main stored it; with `onError` the form shows the refusal itself. */
  saveProfile(profile: NetworkProfile, onError?: (message: string) => void): Promise<boolean>;
  removeProfile(profileId: string): Promise<void>;
  /** Trust exactly this certificate for this network; main then goes on with the sign-in. */
  trustCertificate(profileId: string, sha256: string): Promise<void>;
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
  | 'lastAttempt'
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
  lastAttempt: null,
};

export const useSession = create<SessionStore>()((set, get) => ({
  ...initialSession,
  async signIn(input) {
    // Show progress at once; main's session events take over from here.
    const { password: _secret, ...form } = input;
    set({ session: { phase: 'connecting' }, lastEmail: input.email, lastAttempt: form });
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
    // Shown at once; put back if main refused, so the header never shows a status I lack.
    if (!(await attempt('session:setStatus', { status })) && self) restoreSelf(self, 'status');
  },
  async setFriendlyName(name, onError) {
    const self = get().self;
    if (self) set({ self: { ...self, friendlyName: name } });
    const input = { name };
    const ok = await attempt('session:setFriendlyName', input, onError);
    if (!ok && self) restoreSelf(self, 'friendlyName');
    return ok;
  },
  async saveProfile(profile, onError) {
    return attempt('profiles:save', profile, onError);
  },
  async removeProfile(profileId) {
    await call('profiles:remove', { profileId });
  },
  async trustCertificate(profileId, sha256) {
    const before = get().session;
    set({ session: { phase: 'connecting' } });
    const ok = await attempt('session:trustCertificate', { profileId, sha256 });
    // Nothing to go on with (say the page was reloaded): back to the form, pin stored.
    const now = get().session;
    if (now.phase === 'connecting' && !now.step) {
      set({ session: ok ? { phase: 'signedOut' } : before });
    }
  },
  async forgetAccount(email) {
    await call('accounts:forget', { email });
  },
}));

/** Puts one field of my profile back as it was (same account only: a sign-out may intervene). */
function restoreSelf(before: SelfProfile, field: 'status' | 'friendlyName'): void {
  const now = useSession.getState().self;
  if (now && now.email === before.email) {
    useSession.setState({ self: { ...now, [field]: before[field] } });
  }
}

/** Applies a session state from main, noting when the account came online. */
export function applySessionState(session: SessionState): void {
  const prev = useSession.getState();
  const cameOnline = session.phase === 'online' && prev.session.phase !== 'online';
  useSession.setState({
    session,
    onlineSince: cameOnline ? Date.now() : session.phase === 'online' ? prev.onlineSince : null,
  });
}
