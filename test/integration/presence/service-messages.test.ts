// What the NS pushes besides presence: mail notifications, system messages, alerts, RNG;
// and what the session asks for: XFR SB (the broker), URL.
// reference: notifications.md §2–§4, §6; switchboard.md §1.1, §2.1
import { beforeEach, describe, expect, it } from 'vitest';
import type { MsnClient, SwitchboardInvite } from '../../../main/msnp';
import type { MailState } from '@shared/domain';
import { nextEvent, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'news@tweener.test';
const PEER = 'peer@tweener.test';

function hotmail(payload: string): string {
  return `MSG Hotmail Hotmail ${Buffer.byteLength(payload)}\r\n${payload}`;
}

describe('service messages and the broker', () => {
  const accounts = useAccounts([
    seed(ME, { friendlyName: 'News', contacts: [{ email: PEER, lists: 11, groups: [0] }] }),
    seed(PEER, { friendlyName: 'Peer', contacts: [{ email: ME, lists: 11, groups: [0] }] }),
  ]);
  const { net } = accounts;
  let me: MsnClient;
  beforeEach(async () => {
    me = await accounts.signIn(ME);
  });

  it('mail notifications update the counters and announce new mail', async () => {
    const initial = nextEvent<[MailState]>(me, 'mail', (m) => m.inboxUnread === 3);
    net.faults.sendRaw(
      ME,
      hotmail(
        'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinitialemailnotification; charset=UTF-8\r\n\r\nInbox-Unread: 3\r\nFolders-Unread: 1\r\n\r\n',
      ),
    );
    await initial;
    const newMail = nextEvent<[{ from: string; subject: string }]>(me, 'newMail');
    net.faults.sendRaw(
      ME,
      hotmail(
        'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsemailnotification; charset=UTF-8\r\n\r\nFrom: Bob\r\nSubject: =?utf-8?Q?Caf=C3=A9?=\r\nDest-Folder: ACTIVE\r\nFrom-Addr: bob@example.com\r\n\r\n',
      ),
    );
    expect((await newMail)[0]).toMatchObject({ from: 'Bob', subject: 'Café' });
    expect(me.snapshot.mail).toEqual({ inboxUnread: 4, foldersUnread: 1 });
  });

  it('system messages, MSN Alerts with TEXT and mobile pages become systemMessage', async () => {
    const sys = nextEvent<[{ text: string }]>(me, 'systemMessage');
    net.faults.sendRaw(
      ME,
      hotmail(
        'MIME-Version: 1.0\r\nContent-Type: application/x-msmsgssystemmessage\r\n\r\nType: 1\r\nArg1: 5\r\n',
      ),
    );
    expect((await sys)[0].text).toMatch(/in 5 minutes/);
    const alert = nextEvent<[{ text: string }]>(me, 'systemMessage');
    const xml =
      '<NOTIFICATION id="2"><MSG id="0"><BODY><TEXT>Weekly &amp; ready</TEXT></BODY></MSG></NOTIFICATION>';
    net.faults.sendRaw(ME, `NOT ${Buffer.byteLength(xml)}\r\n${xml}`);
    expect((await alert)[0].text).toBe('Weekly & ready');
    const page = nextEvent<[{ text: string }]>(me, 'systemMessage');
    const ipg =
      '<NOTIFICATION id="0"><FROM name="bob@example.com"/><MSG><BODY><TEXT>On my way!</TEXT></BODY></MSG></NOTIFICATION>';
    net.faults.sendRaw(ME, `IPG ${Buffer.byteLength(ipg)}\r\n${ipg}`);
    expect((await page)[0].text).toBe('Mobile message from bob@example.com: On my way!');
  });

  it('garbage from the server does not crash the session', async () => {
    net.faults.sendRaw(
      ME,
      'NLN\r\nILN 1\r\nLST\r\nBPR 1\r\nADD 0 RL\r\nRNG 1\r\nCHL 0\r\nXYZ 1 2 3\r\n',
    );
    net.faults.sendRaw(ME, hotmail('no headers at all'));
    await me.setStatus('BRB');
    expect(me.snapshot.session.phase).toBe('online');
  });

  it('requestSwitchboard gets an SB grant (XFR SB) and RNG reaches onRing', async () => {
    const peer = await accounts.signIn(PEER);
    const grant = await me.broker.requestSwitchboard();
    expect(grant.host).toBe('127.0.0.1');
    expect(grant.port).toBe(net.sbPort);
    expect(grant.authCookie.length).toBeGreaterThan(0);

    const rang = new Promise<SwitchboardInvite>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no RNG reached onRing')), 5_000);
      const off = peer.broker.onRing((invite) => {
        clearTimeout(timer);
        off();
        resolve(invite);
      });
    });
    net.faults.sendRaw(
      PEER,
      `RNG 11752013 127.0.0.1:${net.sbPort} CKI 849102291.520491113 ${ME} News%20%E2%98%95\r\n`,
    );
    expect(await rang).toEqual({
      sessionId: '11752013',
      host: '127.0.0.1',
      port: net.sbPort,
      authCookie: '849102291.520491113',
      callerEmail: ME,
      callerName: 'News ☕',
    });
    expect(me.broker.contactName(PEER)).toBe('Peer');
    expect(me.broker.selfName()).toBe('News');
  });

  it('XFR SB while appearing offline is refused (913)', async () => {
    await me.setStatus('HDN');
    expect(me.broker.isOnline()).toBe(false);
    await expect(me.broker.requestSwitchboard()).rejects.toMatchObject({ code: 913 });
  });

  it('URL answers with the web address', async () => {
    // The local network answers URL INBOX with the historical redirect (notifications.md §6).
    expect(await me.requestUrl('INBOX')).toBe('/cgi-bin/HoTMaiL');
  });
});
