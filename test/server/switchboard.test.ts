// Two accounts exchanging messages through a switchboard (switchboard.md §1–§5,
// examples.md §6–§7).
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';
import { answerRing, createSwitchboard, rawConversation } from './helpers/switchboard';

const P6 =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Segoe%20UI; EF=B; CO=ff; CS=0; PF=22\r\n\r\nHi Bob! Lunch at 12?';
const P8 =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Arial; EF=; CO=0; CS=0; PF=22\r\n\r\nSure! Café at noon ☕';
const P5 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgscontrol\r\nTypingUser: alice@tweener.test\r\n\r\n\r\n';

const P13 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\nApplication-Name: File Transfer\r\nApplication-GUID: {5D3E02AB-6190-11d3-BBBB-00C04F795683}\r\nInvitation-Command: INVITE\r\nInvitation-Cookie: 48213\r\nApplication-File: notes.txt\r\nApplication-FileSize: 11\r\nConnectivity: Y\r\n\r\n';

const net = useNetwork();

describe('switchboard conversation', () => {
  it('connects two accounts and relays messages with ACK, N and U modes, then BYE', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const bob = await signIn(net, 'bob@tweener.test');
    const sbA = await createSwitchboard(net, alice.client, 'alice@tweener.test');

    sbA.send('CAL 2 bob@tweener.test');
    const ringing = await sbA.expectLine(/^CAL 2 RINGING (\d+)$/);
    const joined = await answerRing(bob.client, 'bob@tweener.test');
    expect(joined.sessionId).toBe(ringing.match[1]);
    expect(joined.caller).toBe('alice@tweener.test');
    expect(joined.iro).toEqual(['IRO 1 1 1 alice@tweener.test Alice']);
    await sbA.expectLine(/^JOI bob@tweener\.test Bob$/);

    sbA.sendPayload('MSG 3 U', P5);
    sbA.sendPayload('MSG 4 A', P6);
    const typing = await joined.sb.expectLine(
      new RegExp(`^MSG alice@tweener\\.test Alice ${Buffer.byteLength(P5)}$`),
    );
    expect(typing.payload?.toString()).toBe(P5);
    const text = await joined.sb.expectLine(/^MSG alice@tweener\.test Alice 140$/);
    expect(text.payload?.toString()).toBe(P6);
    await sbA.expectLine(/^ACK 4$/); // nothing for the U message before it

    joined.sb.sendPayload('MSG 2 N', P8);
    const reply = await sbA.expectLine(/^MSG bob@tweener\.test Bob 136$/);
    expect(reply.payload?.toString('utf8')).toBe(P8);
    await joined.sb.expectSilence(100); // mode N: nothing on success, own message not echoed

    joined.sb.send('OUT');
    await joined.sb.expectClose();
    await sbA.expectLine(/^BYE bob@tweener\.test$/);

    sbA.sendPayload('MSG 5 A', P6); // alone now: nobody receives it
    await sbA.expectLine(/^NAK 5$/);
    sbA.sendPayload('MSG 6 N', P6);
    await sbA.expectLine(/^NAK 6$/);
    sbA.sendPayload('MSG 7 U', P5);
    await sbA.expectSilence(100);
  });

  it('relays MSNFTP invitations (text/x-msmsgsinvite, mode N) byte for byte', async () => {
    const { sbCaller: sbA, sbCallee: sbB } = await rawConversation(
      net,
      'alice@tweener.test',
      'bob@tweener.test',
    );
    sbA.sendPayload('MSG 3 N', P13);
    const invite = await sbB.expectLine(/^MSG alice@tweener\.test Alice 290$/);
    expect(invite.payload?.toString('utf8')).toBe(P13);
    await sbA.expectSilence(100);
  });

  it('answers CAL with 217 for offline, hidden and blocking users, 215 and 208 otherwise', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    const sb = await createSwitchboard(net, alice.client, 'alice@tweener.test');
    sb.send('CAL 2 bob@tweener.test'); // offline
    await sb.expectLine(/^217 2$/);
    sb.send('CAL 3 not-an-address');
    await sb.expectLine(/^208 3$/);
    sb.send('CAL 4 alice@tweener.test'); // already in the session
    await sb.expectLine(/^215 4$/);

    const bob = await signIn(net, 'bob@tweener.test', { status: 'HDN' });
    sb.send('CAL 5 bob@tweener.test');
    await sb.expectLine(/^217 5$/);
    bob.client.send('CHG 30 NLN 0');
    await bob.client.expectLine(/^CHG 30 NLN 0$/);
    sb.send('CAL 6 bob@tweener.test');
    await sb.expectLine(/^CAL 6 RINGING \d+$/);
    sb.send('CAL 7 bob@tweener.test'); // already invited
    await sb.expectLine(/^215 7$/);

    const carol = await signIn(net, 'carol@tweener.test');
    carol.client.send('ADD 31 BL alice@tweener.test Alice');
    await carol.client.expectLine(/^ADD 31 BL \d+ alice@tweener\.test Alice$/);
    sb.send('CAL 8 carol@tweener.test'); // carol blocks alice
    await sb.expectLine(/^217 8$/);
    await carol.client.expectNothingPending(); // and gets no RNG
  });

  it('refuses XFR SB before the first CHG and while hidden (913)', async () => {
    const alice = await signIn(net, 'alice@tweener.test', { status: null });
    alice.client.send('XFR 20 SB');
    await alice.client.expectLine(/^913 20$/);
    alice.client.send('CHG 21 HDN 0');
    await alice.client.expectLine(/^CHG 21 HDN 0$/);
    alice.client.send('XFR 22 SB');
    await alice.client.expectLine(/^913 22$/);
  });

  it('answers 280 while the switchboardFailure fault is on', async () => {
    const alice = await signIn(net, 'alice@tweener.test');
    await signIn(net, 'bob@tweener.test');
    const sb = await createSwitchboard(net, alice.client, 'alice@tweener.test');
    net.faults.switchboardFailure(true);
    alice.client.send('XFR 40 SB');
    await alice.client.waitForLine(/^280 40$/);
    sb.send('CAL 2 bob@tweener.test');
    await sb.expectLine(/^280 2$/);
    net.faults.switchboardFailure(false);
    sb.send('CAL 3 bob@tweener.test');
    await sb.expectLine(/^CAL 3 RINGING \d+$/);
  });
});
