// Hotmail notifications, system messages and alerts (notifications.md §2–§4).
import { describe, expect, it } from 'vitest';
import {
  alertText,
  classifyNsMessage,
  pageText,
  decodeEncodedWords,
  nextMailState,
} from '../../../main/msnp/notification/mail';

const P2 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinitialemailnotification; charset=UTF-8\r\n\r\nInbox-Unread: 3\r\nFolders-Unread: 1\r\nInbox-URL: /cgi-bin/HoTMaiL\r\nFolders-URL: /cgi-bin/folders\r\nPost-URL: http://www.hotmail.com\r\n\r\n';
const NEW_MAIL =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsemailnotification; charset=UTF-8\r\n\r\nFrom: Bob\r\nMessage-URL: /cgi-bin/getmsg?msg=MSG1735690000.12&start=1&len=1&curmbox=ACTIVE\r\nPost-URL: https://loginnet.passport.com/ppsecure/md5auth.srf?lc=1033\r\nSubject: =?"us-ascii"?Q?Weekend plans?=\r\nDest-Folder: ACTIVE\r\nFrom-Addr: bob@example.com\r\nid: 2\r\n\r\n';
const ACTIVITY =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsactivemailnotification; charset=UTF-8\r\n\r\nSrc-Folder: ACTIVE\r\nDest-Folder: trAsH\r\nMessage-Delta: 1\r\n\r\n';
const P12 =
  'MIME-Version: 1.0\r\nContent-Type: application/x-msmsgssystemmessage\r\n\r\nType: 1\r\nArg1: 5\r\n';
const P19 =
  '<NOTIFICATION ver="1" id="2" siteid="0" siteurl="http://alerts.example.com/"><TO pid="0x00003039:0x9910f040" name="alice@example.com" /><MSG id="0"><ACTION url="alert?command=action" /><SUBSCR url="alert?command=change" /><BODY lang="1033"><TEXT>Your weekly summary is ready.</TEXT></BODY></MSG></NOTIFICATION>';
const P4 =
  '<NOTIFICATION id="0" siteid="45705" siteurl="http://contacts.msn.com">\r\n\t<TO pid="0x00003039:0x9910f040" name="alice@example.com">\r\n\t\t<VIA agent="messenger" />\r\n\t</TO>\r\n\t<MSG id="0">\r\n\t\t<SUBSCR url="s.htm" />\r\n\t\t<ACTION url="a.htm" />\r\n\t\t<BODY>\r\n\t\t\t&lt;NotificationData&gt;&lt;Service&gt;ABCHInternal&lt;/Service&gt;&lt;/NotificationData&gt;\r\n\t\t</BODY>\r\n\t</MSG>\r\n</NOTIFICATION>';

describe('NS service messages', () => {
  it('mail: initial counts, a new message, activity', () => {
    expect(Buffer.byteLength(P2)).toBe(221);
    let state = nextMailState({ inboxUnread: 0, foldersUnread: 0 }, classifyNsMessage(P2));
    expect(state).toEqual({ inboxUnread: 3, foldersUnread: 1 });
    const msg = classifyNsMessage(NEW_MAIL);
    expect(msg).toEqual({
      kind: 'mailNew',
      mail: {
        from: 'Bob',
        fromAddress: 'bob@example.com',
        subject: 'Weekend plans',
        folder: 'ACTIVE',
      },
    });
    state = nextMailState(state, msg);
    expect(state.inboxUnread).toBe(4);
    state = nextMailState(state, classifyNsMessage(ACTIVITY));
    expect(state.inboxUnread).toBe(3);
  });

  it('encoded words, Q and B', () => {
    expect(decodeEncodedWords('=?utf-8?B?Q2Fmw6kg4piV?=')).toBe('Café ☕');
    expect(decodeEncodedWords('=?iso-8859-1?Q?Caf=E9_au_lait?=')).toBe('Café au lait');
    expect(decodeEncodedWords('plain')).toBe('plain');
  });

  it('system message P12 in words', () => {
    expect(Buffer.byteLength(P12)).toBe(88);
    const msg = classifyNsMessage(P12);
    expect(msg.kind).toBe('system');
    expect(msg.kind === 'system' && msg.text).toMatch(/shut down for maintenance in 5 minutes/);
  });

  it('alerts: TEXT shown, Escargot address-book notices ignored', () => {
    expect(alertText(P19)).toBe('Your weekly summary is ready.');
    expect(alertText(P4)).toBeNull();
    expect(alertText('<TEXT>a &amp; b &#x263A; &#99999999;</TEXT>')).toBe('a & b ☺ &#99999999;');
  });

  it('incoming mobile page (IPG, 402 bytes in the reference)', () => {
    const ipg =
      '<NOTIFICATION id="0" siteid="111100400" siteurl="http://mobile.msn.com/"><TO name="alice@example.com" pid="0x00003039:0x9910f040" email="alice@example.com"><VIA agent="mobile"/></TO><FROM pid="0x00000001:0x00000002" name="bob@example.com"/><MSG pri="1" id="0"><ACTION url="2wayIM.asp"/><SUBSCR url="2wayIM.asp"/><CAT id="110110001"/><BODY lang="1033"><TEXT>On my way!</TEXT></BODY></MSG></NOTIFICATION>';
    expect(Buffer.byteLength(ipg)).toBe(402);
    expect(pageText(ipg)).toBe('Mobile message from bob@example.com: On my way!');
    expect(
      pageText('<NOTIFICATION><MSG><BODY><TEXT></TEXT></BODY></MSG></NOTIFICATION>'),
    ).toBeNull();
  });
});
