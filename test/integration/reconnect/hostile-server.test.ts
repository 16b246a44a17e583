// A hostile server must not make the client log in to Passport over and over: redirects in a
// row (login.md §4.1 `XFR 0 NS`) are bounded, and a server that drops every session right
// after sign-in gets at most the capped number of sign-ins per window, because only a
// stable session resets the backoff. Passport logins are counted by the server.
import { expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { nextEvent, PASSWORD, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'victim@tweener.test';

const { net, client } = useAccounts([seed(ME)]);

it('XFR 0 NS after every sign-in: a few redirects are followed, then it stops', async () => {
  const me = client({ reconnect: { enabled: true, baseDelayMs: 10, maxRedirects: 3 } });
  net.faults.afterSignIn(ME, 'redirect');
  const gaveUp = nextEvent<[SessionState]>(
    me,
    'session',
    (s) => s.phase === 'signedOut' && s.failure !== undefined,
    15_000,
  );
  await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
  const [state] = await gaveUp;
  expect(state.failure?.message).toMatch(/keeps moving your session/);
  // The first sign-in and three redirects: never more.
  expect(net.counters.passportLogins(ME)).toBe(4);
});

it('dropped right after every sign-in: sign-ins stop at the cap for the window', async () => {
  const me = client({
    reconnect: {
      enabled: true,
      baseDelayMs: 10,
      maxDelayMs: 20,
      maxSignIns: 4,
      signInWindowMs: 60_000,
    },
  });
  net.faults.afterSignIn(ME, 'drop');
  const throttled = nextEvent<[SessionState]>(
    me,
    'session',
    // The next attempt waits for the window: far beyond the 20 ms backoff cap.
    (s) => s.phase === 'reconnecting' && (s.retryAt ?? 0) > Date.now() + 30_000,
    15_000,
  );
  await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
  await throttled;
  // The user's own sign-in plus the four automatic ones of the window.
  expect(net.counters.passportLogins(ME)).toBe(5);
  await me.signOut();
});
