// Byte-exact fixtures quoted from the protocol reference (examples.md §1–§3 and its fixture
// table). A transcript line is `C: …` or `S: …`; a payload command line is followed by its
// payload literal.

export const P1 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsprofile; charset=UTF-8\r\nLoginTime: 1735689600\r\nEmailEnabled: 1\r\nMemberIdHigh: 12345\r\nMemberIdLow: -1727032768\r\nlang_preference: 1033\r\nPreferredEmail: alice@example.com\r\ncountry: US\r\nPostalCode: \r\nGender: \r\nKid: 0\r\nAge: \r\nBDayPre: \r\nBirthday: \r\nWallet: \r\nFlags: 1027\r\nsid: 507\r\nkv: 7\r\nMSPAuth: 7Qa2bX9cL0dE4fG1hJ3k$$\r\nClientIP: 203.0.113.45\r\nClientPort: 18183\r\n\r\n';

export const P2 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinitialemailnotification; charset=UTF-8\r\n\r\nInbox-Unread: 3\r\nFolders-Unread: 1\r\nInbox-URL: /cgi-bin/HoTMaiL\r\nFolders-URL: /cgi-bin/folders\r\nPost-URL: http://www.hotmail.com\r\n\r\n';

export const P3 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsprofile; charset=UTF-8\r\nLoginTime: 1735689600\r\nEmailEnabled: 0\r\nMemberIdHigh: 12345\r\nMemberIdLow: 2568281600\r\nlang_preference: 1033\r\npreferredEmail:\r\ncountry:\r\nPostalCode:\r\nGender:\r\nKid: 0\r\nAge:\r\nBDayPre:\r\nBirthday:\r\nWallet:\r\nFlags: 536872513\r\nsid: 507\r\nMSPAuth: Xk3v9QmL2pR7sT1wZ4yBQ2xL0&p=\r\nClientIP: 203.0.113.45\r\nClientPort: 51234\r\nABCHMigrated: 1\r\nMPOPEnabled: 0\r\n\r\n';

/** P8: text from Bob with UTF-8 (é = 2 bytes, ☕ = 3 bytes), 136 bytes. */
export const P8 =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Arial; EF=; CO=0; CS=0; PF=22\r\n\r\nSure! Café at noon ☕';

/** P12: system message, 88 bytes. */
export const P12 =
  'MIME-Version: 1.0\r\nContent-Type: application/x-msmsgssystemmessage\r\n\r\nType: 1\r\nArg1: 5\r\n';

export interface TranscriptStep {
  from: 'C' | 'S';
  line: string;
  payload?: string;
}

/**
 * The opening of every NS connection in examples.md §1–§2 (login.md §1–§3): VER, CVR and the
 * USR TWN I that starts the Passport step, with the server's answers to VER and CVR.
 */
function opening(trid: number, serverVer: string, serverCvr: string): TranscriptStep[] {
  return [
    { from: 'C', line: `VER ${trid} MSNP8 CVR0` },
    { from: 'S', line: `VER ${trid} ${serverVer}` },
    {
      from: 'C',
      line: `CVR ${trid + 1} 0x0409 winnt 5.1 i386 MSNMSGR 5.0.0544 MSMSGS alice@example.com`,
    },
    { from: 'S', line: `CVR ${trid + 1} ${serverCvr}` },
    { from: 'C', line: `USR ${trid + 2} TWN I alice@example.com` },
  ];
}

const MSN_CVR =
  '6.0.0602 6.0.0602 1.0.0000 http://download.microsoft.com/download/msnmessenger/install/6.0/setup.exe http://messenger.msn.com';

/** examples.md §1: sign-in through a dispatch server (historical service), both connections. */
export const DISPATCH_SIGN_IN: TranscriptStep[] = [
  ...opening(1, 'MSNP8 CVR0', MSN_CVR),
  { from: 'S', line: 'XFR 3 NS 192.0.2.10:1863 0 192.0.2.1:1863' },
  ...opening(4, 'MSNP8 CVR0', MSN_CVR),
  {
    from: 'S',
    line: 'USR 6 TWN S lc=1033,id=507,tw=40,fs=1,ru=http%3A%2F%2Fmessenger%2Emsn%2Ecom,ct=1735689590,kpp=1,kv=5,ver=2.1.0173.1,tpf=3c2f1e0d9b8a7f6e5d4c3b2a19081716',
  },
  { from: 'C', line: 'USR 7 TWN S t=7Qa2bX9cL0dE4fG1hJ3k$$&p=Zm9vYmFyYmF6cXV4$$' },
  { from: 'S', line: 'USR 7 OK alice@example.com Alice 1 0' },
  { from: 'S', line: 'MSG Hotmail Hotmail 408', payload: P1 },
  { from: 'S', line: 'MSG Hotmail Hotmail 221', payload: P2 },
  { from: 'C', line: 'SYN 8 0' },
];

/** examples.md §2: the same sign-in against Escargot (no dispatch redirect). */
export const ESCARGOT_SIGN_IN: TranscriptStep[] = [
  ...opening(
    1,
    'MSNP8',
    '5.0.0544 5.0.0544 5.0.0544 https://escargot.log1p.xyz https://escargot.log1p.xyz',
  ),
  { from: 'S', line: 'USR 3 TWN S ct=1,rver=1,wp=FS_40SEC_0_COMPACT,lc=1,id=1' },
  { from: 'C', line: 'USR 4 TWN S Xk3v9QmL2pR7sT1wZ4yB' },
  { from: 'S', line: 'USR 4 OK alice@example.com Alice 1 0' },
  { from: 'S', line: 'MSG Hotmail Hotmail 417', payload: P3 },
  { from: 'C', line: 'SYN 5 42' },
  { from: 'S', line: 'SYN 5 43 5 3' },
];

/** examples.md §3: SYN listing, first status, presence, keep-alive, challenge. */
export const SYNC_AND_PRESENCE: TranscriptStep[] = [
  { from: 'C', line: 'SYN 8 0' },
  { from: 'S', line: 'SYN 8 42 5 3' },
  { from: 'S', line: 'GTC A' },
  { from: 'S', line: 'BLP AL' },
  { from: 'S', line: 'PRP PHH 1%20(555)%200100' },
  { from: 'S', line: 'PRP MBE N' },
  { from: 'S', line: 'LSG 0 Other%20Contacts 0' },
  { from: 'S', line: 'LSG 1 Friends 0' },
  { from: 'S', line: 'LSG 2 Work%20Mates 0' },
  { from: 'S', line: 'LST bob@example.com Bob 11 1' },
  { from: 'S', line: 'BPR PHM 1%20(555)%200199' },
  { from: 'S', line: 'BPR MOB N' },
  { from: 'S', line: 'LST carol@example.net Carol%20Smith 11 1,2' },
  { from: 'S', line: 'LST dave@example.org dave@example.org 3 0' },
  { from: 'S', line: 'LST eve@example.com Eve 12' },
  { from: 'S', line: 'LST frank@example.com Frank 8' },
  { from: 'C', line: 'CHG 9 NLN 0' },
  { from: 'S', line: 'CHG 9 NLN 0' },
  { from: 'S', line: 'ILN 9 NLN bob@example.com Bob 0' },
  { from: 'S', line: 'ILN 9 AWY carol@example.net Carol%20Smith 268435492' },
  { from: 'S', line: 'NLN BSY bob@example.com Bob 0' },
  { from: 'S', line: 'NLN BSY bob@example.com Bobby%20(busy) 0' },
  { from: 'S', line: 'FLN carol@example.net' },
  { from: 'C', line: 'PNG' },
  { from: 'S', line: 'QNG' },
  { from: 'S', line: 'CHL 0 15570131571988941333' },
  { from: 'C', line: 'QRY 10 msmsgs@msnmsgr.com 32', payload: '8f2f5a91b72102cd28355e9fc9000d6e' },
  { from: 'S', line: 'QRY 10' },
];

/** The server → client bytes of a transcript: each line with CR LF, then its payload. */
export function serverStream(steps: readonly TranscriptStep[]): Buffer {
  return Buffer.concat(
    steps
      .filter((s) => s.from === 'S')
      .flatMap((s) => [Buffer.from(s.line + '\r\n'), Buffer.from(s.payload ?? '', 'utf8')]),
  );
}
