// Seed transcripts for the protocol fuzz target: the server → client halves of the
// examples.md exchanges (test/unit/codec/fixtures.ts), NS pushes after sign-in, and a
// switchboard conversation with text, typing, an invitation, ACK/NAK and BYE.
// reference: examples.md §1–§7, notifications.md, contacts.md §3.1–§7, switchboard.md §2–§11
import {
  DISPATCH_SIGN_IN,
  ESCARGOT_SIGN_IN,
  P12,
  P8,
  SYNC_AND_PRESENCE,
  serverStream,
} from '../unit/codec/fixtures';

const msg = (head: string, payload: string): string =>
  `${head} ${Buffer.byteLength(payload)}\r\n${payload}`;

const TYPING =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgscontrol\r\nTypingUser: bob@example.com\r\n\r\n\r\n';
const INVITE =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\n' +
  'Application-Name: File Transfer\r\nApplication-GUID: {5D3E02AB-6190-11d3-BBBB-00C04F795683}\r\n' +
  'Invitation-Command: INVITE\r\nInvitation-Cookie: 123456\r\nApplication-File: report.pdf\r\n' +
  'Application-FileSize: 1048576\r\nConnectivity: N\r\n\r\n';
const ACCEPT =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\n' +
  'Invitation-Command: ACCEPT\r\nInvitation-Cookie: 123456\r\nIP-Address: 127.0.0.1\r\n' +
  'Port: 6891\r\nAuthCookie: 998877\r\nLaunch-Application: FALSE\r\nRequest-Data: IP-Address:\r\n\r\n';
const NUDGE = 'MIME-Version: 1.0\r\nContent-Type: text/x-msnmsgr-datacast\r\n\r\nID: 1\r\n\r\n';
const NOTICE =
  '<NOTIFICATION ver="2" id="1" siteid="0" siteurl="http://example.com/"><TO pid="0x1:0x2" name="a@b"/>' +
  '<MSG pri="" id="1"><ACTION url="x"/><SUBSCR url="y"/><BODY lang="3076"><TEXT>Server maintenance &amp; more</TEXT></BODY></MSG></NOTIFICATION>';
const MAIL =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsemailnotification; charset=UTF-8\r\n\r\n' +
  'From: Zoë\r\nMessage-URL: /cgi-bin/getmsg\r\nPost-URL: https://example.com\r\nSubject: Hi\r\n' +
  'Dest-Folder: ACTIVE\r\nFrom-Addr: zoe@example.com\r\nid: 2\r\n\r\n';

const NS_PUSHES = Buffer.from(
  [
    'ADD 0 RL 44 mallory@example.com Mallory%20%E2%80%AE\r\n',
    'REM 0 RL 45 mallory@example.com\r\n',
    'BPR 46 bob@example.com PHH 555\r\n',
    'NLN NLN bob@example.com Bob 268435492\r\n',
    'ILN 9 IDL carol@example.net Carol 0\r\n',
    'RNG 11752013 127.0.0.1:1864 CKI 849102291.520491113 bob@example.com Bob\r\n',
    msg('NOT', NOTICE),
    msg('IPG', '<NOTIFICATION><MSG><BODY><TEXT>page</TEXT></BODY></MSG></NOTIFICATION>'),
    msg('MSG Hotmail Hotmail', MAIL),
    msg('MSG Hotmail Hotmail', P12),
    'CHL 0 15570131571988941333\r\n',
    'XFR 0 NS 127.0.0.1:1863 0\r\n',
    'OUT OTH\r\n',
  ].join(''),
);

const SB_CONVERSATION = Buffer.from(
  [
    'IRO 1 1 2 alice@example.com Alice\r\n',
    'IRO 1 2 2 carol@example.net Carol%20Smith\r\n',
    'ANS 1 OK\r\n',
    'JOI dave@example.org Dave\r\n',
    msg('MSG bob@example.com Bob', P8),
    msg('MSG bob@example.com Bob', TYPING),
    msg('MSG bob@example.com Bob', INVITE),
    msg('MSG bob@example.com Bob', ACCEPT),
    msg('MSG bob@example.com Bob', NUDGE),
    'ACK 2\r\n',
    'NAK 3\r\n',
    '282 4\r\n',
    'BYE carol@example.net 1\r\n',
    'BYE dave@example.org\r\n',
  ].join(''),
);

export const SEEDS: readonly Buffer[] = [
  serverStream(DISPATCH_SIGN_IN),
  serverStream(ESCARGOT_SIGN_IN),
  Buffer.concat([Buffer.from('SYN 1 42 5 3\r\n'), serverStream(SYNC_AND_PRESENCE.slice(2))]),
  NS_PUSHES,
  SB_CONVERSATION,
];

/** Command names a spliced-in random line may carry (the server's vocabulary and a few more). */
export const NAMES = [
  'ADD',
  'ADG',
  'ACK',
  'ANS',
  'BLP',
  'BPR',
  'BYE',
  'CAL',
  'CHG',
  'CHL',
  'CVR',
  'FLN',
  'GTC',
  'ILN',
  'IPG',
  'IRO',
  'JOI',
  'LSG',
  'LST',
  'MSG',
  'NAK',
  'NLN',
  'NOT',
  'OUT',
  'PRP',
  'QNG',
  'QRY',
  'REA',
  'REG',
  'REM',
  'RMG',
  'RNG',
  'SYN',
  'USR',
  'VER',
  'XFR',
  '200',
  '280',
  '911',
];
