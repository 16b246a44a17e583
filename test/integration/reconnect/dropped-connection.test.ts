// A lost NS connection is retried with backoff; the status the user had comes back, and
// `session` events tell each step (msnp8/README.md §9.3).
import { beforeEach, describe, expect, it } from 'vitest';
import type { MsnClient } from '../../../main/msnp';
import type { Contact, SessionState } from '@shared/domain';
import { nextEvent, PASSWORD, seed, waitFor } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const CAROL = 'carol@tweener.test';
const DAVE = 'dave@tweener.test';

describe('reconnecting after a dropped connection', () => {
  const { net, client } = useAccounts([
    seed(CAROL, { contacts: [{ email: DAVE, lists: 11, groups: [0] }] }),
    seed(DAVE, { contacts: [{ email: CAROL, lists: 11, groups: [0] }] }),
  ]);
  let carol: MsnClient;
  let dave: MsnClient;
  beforeEach(() => {
    carol = client({ reconnect: { enabled: true, baseDelayMs: 50, maxDelayMs: 200 } });
    dave = client();
  });

  for (const mode of ['now', 'midLine', 'midPayload'] as const) {
    it(`recovers from a drop (${mode}) with the status restored`, async () => {
      await dave.signIn({ email: DAVE, password: PASSWORD, status: 'NLN' });
      await carol.signIn({ email: CAROL, password: PASSWORD, status: 'NLN' });
      await carol.setStatus('BSY');
      const states: SessionState[] = [];
      carol.on('session', (s) => states.push(s));
      const backOnline = nextEvent<[SessionState]>(carol, 'session', (s) => s.phase === 'online');
      const daveSeesBusy = nextEvent<[Contact]>(
        dave,
        'contact',
        (c) => c.email === CAROL && c.status === 'BSY',
      );
      net.faults.dropConnection(CAROL, mode);
      await backOnline;

      const reconnecting = states.filter((s) => s.phase === 'reconnecting');
      expect(reconnecting[0]).toMatchObject({ failure: { kind: 'connectionLost' } });
      expect(reconnecting[0]?.retryAt).toBeGreaterThan(Date.now() - 5_000);
      expect(states.some((s) => s.phase === 'signedOut')).toBe(false);
      expect(carol.snapshot.self?.status).toBe('BSY');
      await daveSeesBusy;
      // The new session works: a status change goes through.
      await carol.setStatus('AWY');
      expect(carol.snapshot.self?.status).toBe('AWY');
    });
  }

  it('keeps retrying while the server is unreachable (backoff), then gives up on sign-out', async () => {
    await carol.signIn({ email: CAROL, password: PASSWORD, status: 'NLN' });
    net.faults.passportStatus(500);
    const retries: number[] = [];
    carol.on('session', (s) => {
      if (s.phase === 'reconnecting' && s.retryAt) retries.push(s.retryAt);
    });
    net.faults.dropConnection(CAROL, 'now');
    await waitFor(() => retries.length >= 3, 5_000, 'three retries');
    net.faults.passportStatus(null);
    await carol.signOut();
    expect(carol.snapshot.session.phase).toBe('signedOut');
  });

  it('without reconnecting, a drop ends in signedOut with connectionLost and everyone offline', async () => {
    await dave.signIn({ email: DAVE, password: PASSWORD, status: 'NLN' });
    const lone = client();
    await lone.signIn({ email: CAROL, password: PASSWORD, status: 'NLN' });
    expect(lone.snapshot.contacts.find((c) => c.email === DAVE)?.status).toBe('NLN');
    const ended = nextEvent<[SessionState]>(lone, 'session', (s) => s.phase === 'signedOut');
    net.faults.dropConnection(CAROL, 'now');
    expect((await ended)[0].failure?.kind).toBe('connectionLost');
    expect(lone.snapshot.contacts.find((c) => c.email === DAVE)?.status).toBe('FLN');
  });
});
