// Signing in and out, my status and my name.
import type { HandlerContext, HandlerGroup } from './context';

type SessionChannel =
  | 'session:signIn'
  | 'session:signOut'
  | 'session:cancelSignIn'
  | 'session:setStatus'
  | 'session:setFriendlyName'
  | 'accounts:show';

export function sessionHandlers(ctx: HandlerContext): HandlerGroup<SessionChannel> {
  const { registry, accounts, emit, pendingTrust } = ctx;
  return {
    'session:signIn': async (args) => {
      pendingTrust.clear();
      // A certificate the person may trust keeps the attempt for 'session:trustCertificate'.
      await registry.signIn(args).catch((error: unknown) => {
        pendingTrust.note(args, error);
        throw error;
      });
    },
    'session:signOut': (args) =>
      args?.all ? registry.signOutAll() : registry.signOut(args?.account),
    'accounts:show': ({ account }) => registry.show(account),
    'session:cancelSignIn': () => {
      pendingTrust.clear();
      // The sign-in being cancelled is the shown one (a sign-in shows its account).
      return registry.signOut(undefined);
    },
    'session:setStatus': async ({ status, account: named }) => {
      const account = registry.pick(named);
      registry.entryOf(account)?.autoAway.userChoseStatus();
      await account.setStatus(status);
      const email = account.self?.email;
      // Idle is chosen by the computer, not the person: never remembered as their status.
      if (email && status !== 'IDL') {
        await accounts.setStatus(email, status);
        emit({ type: 'accounts', accounts: accounts.list() });
      }
    },
    'session:setFriendlyName': ({ name, account }) =>
      registry.pick(account).requireClient().setFriendlyName(name),
  };
}
