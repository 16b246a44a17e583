import { describe, expect, it } from 'vitest';
import { classifyPayload } from '../../../main/msnp/messages/incoming';
import {
  buildCancel,
  buildFileInvite,
  buildListenerAccept,
  buildReceiverAccept,
  isSenderConnect,
  parseFileOffer,
  parseListenerAddress,
  sanitizeFileName,
} from '../../../main/msnp/messages/invite';
import type { Invitation } from '../../../main/msnp/messages/invite';

// Fixtures P13–P16 (examples.md §10).
const P13 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\nApplication-Name: File Transfer\r\nApplication-GUID: {5D3E02AB-6190-11d3-BBBB-00C04F795683}\r\nInvitation-Command: INVITE\r\nInvitation-Cookie: 48213\r\nApplication-File: notes.txt\r\nApplication-FileSize: 11\r\nConnectivity: Y\r\n\r\n';
const P14 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\nInvitation-Command: ACCEPT\r\nInvitation-Cookie: 48213\r\nLaunch-Application: FALSE\r\nRequest-Data: IP-Address:\r\n\r\n';
const P15 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\nInvitation-Command: ACCEPT\r\nInvitation-Cookie: 48213\r\nIP-Address: 198.51.100.7\r\nPort: 6891\r\nAuthCookie: 1770261\r\nLaunch-Application: FALSE\r\nRequest-Data: IP-Address:\r\n\r\n';
const P16 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\nInvitation-Command: CANCEL\r\nInvitation-Cookie: 48213\r\nCancel-Code: REJECT\r\n\r\n';

function invitation(payload: string | Buffer): Invitation {
  const parsed = classifyPayload(Buffer.from(payload));
  if (parsed.kind !== 'invitation') throw new Error(`not an invitation: ${parsed.kind}`);
  return parsed.invitation;
}

describe('file-transfer invitations (§11)', () => {
  it('builds P13–P16 byte for byte with their fixture lengths', () => {
    const p13 = buildFileInvite({
      cookie: '48213',
      fileName: 'notes.txt',
      size: 11,
      canListen: true,
    });
    expect(p13.toString()).toBe(P13);
    expect(p13.length).toBe(290);
    expect(buildReceiverAccept('48213').toString()).toBe(P14);
    expect(buildReceiverAccept('48213').length).toBe(181);
    const p15 = buildListenerAccept('48213', {
      ip: '198.51.100.7',
      port: 6891,
      authCookie: '1770261',
    });
    expect(p15.toString()).toBe(P15);
    expect(p15.length).toBe(240);
    expect(buildCancel('48213', 'REJECT').toString()).toBe(P16);
    expect(buildCancel('48213', 'REJECT').length).toBe(148);
  });

  it('parses the offer, the accepts and the cancel', () => {
    const offer = invitation(P13);
    expect(offer.command).toBe('INVITE');
    expect(offer.cookie).toBe('48213');
    expect(parseFileOffer(offer)).toEqual({
      fileName: 'notes.txt',
      size: 11,
      senderCanListen: true,
    });
    expect(parseListenerAddress(invitation(P14))).toBeNull();
    expect(parseListenerAddress(invitation(P15))).toEqual({
      ip: '198.51.100.7',
      port: 6891,
      authCookie: '1770261',
    });
    expect(invitation(P16)).toMatchObject({ command: 'CANCEL', cookie: '48213' });
  });

  it('compares the GUID case-insensitively and reads Connectivity: N', () => {
    const p = P13.replace(
      '{5D3E02AB-6190-11d3-BBBB-00C04F795683}',
      '{5d3e02ab-6190-11D3-bbbb-00c04f795683}',
    ).replace('Connectivity: Y', 'Connectivity: N');
    expect(parseFileOffer(invitation(p))).toMatchObject({ senderCanListen: false });
  });

  it('rejects offers of other applications and bad sizes', () => {
    expect(parseFileOffer(invitation(P13.replace('5D3E02AB', '44BBA842')))).toBeNull();
    expect(parseFileOffer(invitation(P13.replace('FileSize: 11', 'FileSize: -3')))).toBeNull();
  });

  it('carries IP-Address-Internal as an optional hint', () => {
    const p = buildListenerAccept('1', {
      ip: '203.0.113.45',
      internalIp: '192.168.1.20',
      port: 6891,
      authCookie: '9',
    });
    expect(p.toString()).toContain(
      'IP-Address: 203.0.113.45\r\nIP-Address-Internal: 192.168.1.20\r\nPort: 6891\r\n',
    );
    expect(parseListenerAddress(invitation(p))).toEqual({
      ip: '203.0.113.45',
      internalIp: '192.168.1.20',
      port: 6891,
      authCookie: '9',
    });
  });

  it('marks the Sender-Connect form', () => {
    const p = buildListenerAccept('1', { ip: '127.0.0.1', port: 5000, authCookie: '9' }, true);
    expect(isSenderConnect(invitation(p))).toBe(true);
    expect(isSenderConnect(invitation(P15))).toBe(false);
  });

  it('sanitises file names', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\x\\..\\evil.exe')).toBe('evil.exe');
    expect(sanitizeFileName('..')).toBe('received-file');
    expect(sanitizeFileName('a\u0000b:c.txt')).toBe('a_b_c.txt');
    expect(sanitizeFileName('.hidden')).toBe('hidden');
  });
});
