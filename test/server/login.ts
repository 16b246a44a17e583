// The opening shared by the dispatch and notification servers: VER, CVR, the Passport
// policy and the initial profile. reference: login.md §2, §3, §4.2, §7.
import { createHash } from 'node:crypto';
import type { Socket } from 'node:net';
import type { Account } from './store';
import type { Wire } from './wire';

export type LoginStep = 'ver' | 'cvr' | 'usr';

/** login.md §2: MSNP8 must be among the dialects, else `VER n 0` and close. */
export function answerVer(
  wire: Wire,
  trid: string,
  dialects: string[],
  withoutCvr0 = false,
): boolean {
  if (!dialects.includes('MSNP8')) {
    wire.send('VER', trid, 0);
    wire.end();
    return false;
  }
  // Historical echo (examples.md §1); CVR0 only if the client offered it. msnp8/README.md §11:
  // Escargot never echoes CVR0.
  const cvr0 = dialects.includes('CVR0') && !withoutCvr0;
  wire.send('VER', trid, ...(cvr0 ? ['MSNP8', 'CVR0'] : ['MSNP8']));
  return true;
}

/** login.md §3: like Escargot, recommend the client's own version so no upgrade is signalled. */
export function answerCvr(wire: Wire, trid: string, params: string[]): boolean {
  const version = params[5];
  if (params.length < 7 || version === undefined || !/^\d+\.\d+\.\d+$/.test(version)) {
    wire.send('710', trid); // bad CVR parameters (errors.md 7xx)
    return false;
  }
  const site = 'http://127.0.0.1/tweener';
  wire.send('CVR', trid, version, version, version, `${site}/download`, `${site}/info`);
  return true;
}

/** login.md §4.3: the account name must look like an address, else 911. */
export function validAccountName(email: string | undefined): email is string {
  return (
    email !== undefined && Buffer.byteLength(email) <= 129 && /^[^@\s,]+@[^@\s,]+$/.test(email)
  );
}

/** login.md §4.2: opaque to the client, appended verbatim to the Passport header. */
export function passportPolicy(): string {
  const ct = Math.floor(Date.now() / 1000);
  const fields = `lc=1033,id=507,tw=40,fs=1,ru=http%3A%2F%2Fmessenger%2Emsn%2Ecom,ct=${ct},kpp=1,kv=5,ver=2.1.0173.1`;
  return `${fields},tpf=${createHash('md5').update(fields).digest('hex')}`;
}

/**
 * login.md §7, historical layout (fixture P1), including the byte-swapped ClientPort;
 * msnp8/README.md §11: Escargot sends it as is (`swapPort` false).
 */
export function profilePayload(
  account: Account,
  ticket: string,
  socket: Socket,
  swapPort = true,
): string {
  const port = socket.remotePort ?? 0;
  const swappedPort = swapPort ? ((port & 0xff) << 8) | ((port & 0xff00) >> 8) : port;
  const mspAuth = /^t=([^&]*)/.exec(ticket)?.[1] ?? ticket;
  const lines = [
    'MIME-Version: 1.0',
    'Content-Type: text/x-msmsgsprofile; charset=UTF-8',
    `LoginTime: ${Math.floor(Date.now() / 1000)}`,
    'EmailEnabled: 1',
    'MemberIdHigh: 12345',
    `MemberIdLow: ${account.memberIdLow}`,
    'lang_preference: 1033',
    `PreferredEmail: ${account.email}`,
    'country: US',
    'PostalCode: ',
    'Gender: ',
    'Kid: 0',
    'Age: ',
    'BDayPre: ',
    'Birthday: ',
    'Wallet: ',
    'Flags: 1027',
    'sid: 507',
    'kv: 7',
    `MSPAuth: ${mspAuth}`,
    `ClientIP: ${(socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '')}`,
    `ClientPort: ${swappedPort}`,
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** notifications.md §2.1: the mailbox state at sign-in (the local mailbox is always empty). */
export function initialMailPayload(): string {
  return (
    'MIME-Version: 1.0\r\n' +
    'Content-Type: text/x-msmsgsinitialemailnotification; charset=UTF-8\r\n\r\n' +
    'Inbox-Unread: 0\r\nFolders-Unread: 0\r\nInbox-URL: /cgi-bin/HoTMaiL\r\n' +
    'Folders-URL: /cgi-bin/folders\r\nPost-URL: http://www.hotmail.com\r\n\r\n'
  );
}
