// Signing in and out, my status and my name.
import type { HandlerContext, HandlerGroup } from './context';

type SessionChannel =
  | 'session:signIn'
  | 'session:signOut'
  | 'session:cancelSignIn'
  | 'session:setStatus'
  | 'session:setFriendlyName';

export function sessionHandlers(ctx: HandlerContext): HandlerGroup<SessionChannel> {
  const { account, accounts, autoAway, emit, pendingTrust } = ctx;
  return {
    'session:signIn': async (args) => {
      pendingTrust.clear();
      // A certificate the person may trust keeps the attempt for 'session:trustCertificate'.
      await account.signIn(args).catch((error: unknown) => {
        pendingTrust.note(args, error);
        throw error;
      });
    },
    'session:signOut': () => account.signOut(),
    'session:cancelSignIn': () => {
      pendingTrust.clear();
      return account.signOut();
    },
    'session:setStatus': async ({ status }) => {
      autoAway.userChoseStatus();
      await account.setStatus(status);
      const email = account.self?.email;
      // Idle is chosen by the computer, not the person: never remembered as their status.
      if (email && status !== 'IDL') {
        await accounts.setStatus(email, status);
        emit({ type: 'accounts', accounts: accounts.list() });
      }
    },
    'session:setFriendlyName': ({ name }) => account.requireClient().setFriendlyName(name),
  };
}
