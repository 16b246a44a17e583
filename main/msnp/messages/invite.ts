// Application invitations (text/x-msmsgsinvite) and the MSNFTP file-transfer negotiation.
// reference: switchboard.md §11, §11.1; examples.md §10 (P13–P16)
import { randomInt } from 'node:crypto';
import { buildFieldBlock, buildMime, fieldValue, parseFieldLines } from './mime';
import type { MimeMessage } from './mime';
import { safeFileName } from './safe-file-name';

export const INVITE_CONTENT_TYPE = 'text/x-msmsgsinvite; charset=UTF-8';
export const FILE_TRANSFER_GUID = '{5D3E02AB-6190-11d3-BBBB-00C04F795683}';

export type CancelCode =
  'REJECT' | 'TIMEOUT' | 'FTTIMEOUT' | 'OUTBANDCANCEL' | 'FAIL' | 'REJECT_NOT_INSTALLED';

export interface Invitation {
  /** INVITE, ACCEPT or CANCEL (upper-cased); anything else is kept as sent. */
  command: string;
  cookie: string;
  fields: [string, string][];
}

/** Fields live in the body (§11); tolerate them in the header block too. Null without a cookie. */
export function parseInvitation(message: MimeMessage): Invitation | null {
  const fields = [...parseFieldLines(message.body.toString('utf8')), ...message.headers];
  const command = fieldValue(fields, 'Invitation-Command')?.trim().toUpperCase();
  const cookie = fieldValue(fields, 'Invitation-Cookie')?.trim();
  if (!command || !cookie) return null;
  return { command, cookie, fields };
}

export function invitationField(invitation: Invitation, name: string): string | undefined {
  return fieldValue(invitation.fields, name)?.trim();
}

export function isFileTransfer(invitation: Invitation): boolean {
  // reference: §11 — compare GUIDs case-insensitively; the name is localised.
  return (
    invitationField(invitation, 'Application-GUID')?.toLowerCase() ===
    FILE_TRANSFER_GUID.toLowerCase()
  );
}

export function buildInvitationPayload(fields: readonly [string, string][]): Buffer {
  return buildMime(INVITE_CONTENT_TYPE, [], buildFieldBlock(fields));
}

/**
 * A random decimal cookie (§11: chosen by the inviter / the listener), 1 to 2^31 − 1. From
 * the system's secure generator: an AuthCookie a peer could guess lets a stranger take the file.
 */
export function randomCookie(): string {
  return String(randomInt(1, 2_147_483_647));
}

/** §11.1 step 1 (P13). */
export function buildFileInvite(p: {
  cookie: string;
  fileName: string;
  size: number;
  canListen: boolean;
}): Buffer {
  return buildInvitationPayload([
    ['Application-Name', 'File Transfer'],
    ['Application-GUID', FILE_TRANSFER_GUID],
    ['Invitation-Command', 'INVITE'],
    ['Invitation-Cookie', p.cookie],
    ['Application-File', p.fileName],
    ['Application-FileSize', String(p.size)],
    ['Connectivity', p.canListen ? 'Y' : 'N'],
  ]);
}

/** §11.1 step 2a (P14): the receiver accepts and expects the sender to listen. */
export function buildReceiverAccept(cookie: string): Buffer {
  return buildInvitationPayload([
    ['Invitation-Command', 'ACCEPT'],
    ['Invitation-Cookie', cookie],
    ['Launch-Application', 'FALSE'],
    ['Request-Data', 'IP-Address:'],
  ]);
}

export interface ListenerAddress {
  ip: string;
  port: number;
  authCookie: string;
  /** IP-Address-Internal: the listener's LAN address, an optional hint (§11.1 step 3). */
  internalIp?: string;
}

/** §11.1 step 3 (P15), or step 2b with `senderConnect` when the receiver listens. */
export function buildListenerAccept(
  cookie: string,
  address: ListenerAddress,
  senderConnect = false,
): Buffer {
  return buildInvitationPayload([
    ['Invitation-Command', 'ACCEPT'],
    ['Invitation-Cookie', cookie],
    ['IP-Address', address.ip],
    ...(address.internalIp
      ? ([['IP-Address-Internal', address.internalIp]] as [string, string][])
      : []),
    ['Port', String(address.port)],
    ['AuthCookie', address.authCookie],
    ...(senderConnect ? ([['Sender-Connect', 'TRUE']] as [string, string][]) : []),
    ['Launch-Application', 'FALSE'],
    ['Request-Data', 'IP-Address:'],
  ]);
}

/** §11 (P16). */
export function buildCancel(cookie: string, code: CancelCode): Buffer {
  return buildInvitationPayload([
    ['Invitation-Command', 'CANCEL'],
    ['Invitation-Cookie', cookie],
    ['Cancel-Code', code],
  ]);
}

/** No path separators, `..`, controls, bidi or reserved names; never empty (§11.1: sanitise). */
export function sanitizeFileName(name: string): string {
  return safeFileName(name);
}

export interface FileOffer {
  fileName: string;
  size: number;
  /** False when the sender said `Connectivity: N` (it cannot accept connections). */
  senderCanListen: boolean;
}

export function parseFileOffer(invitation: Invitation): FileOffer | null {
  if (invitation.command !== 'INVITE' || !isFileTransfer(invitation)) return null;
  const rawSize = invitationField(invitation, 'Application-FileSize') ?? '';
  if (!/^\d{1,15}$/.test(rawSize)) return null;
  return {
    fileName: sanitizeFileName(invitationField(invitation, 'Application-File') ?? ''),
    size: Number(rawSize),
    senderCanListen: invitationField(invitation, 'Connectivity')?.toUpperCase() !== 'N',
  };
}

/** IP-Address / Port / AuthCookie from an ACCEPT, or null when it carries none (P14). */
export function parseListenerAddress(invitation: Invitation): ListenerAddress | null {
  const ip = invitationField(invitation, 'IP-Address');
  const port = Number(invitationField(invitation, 'Port'));
  const authCookie = invitationField(invitation, 'AuthCookie');
  if (!ip || !authCookie || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  const internalIp = invitationField(invitation, 'IP-Address-Internal');
  return internalIp && internalIp !== ip
    ? { ip, port, authCookie, internalIp }
    : { ip, port, authCookie };
}

export function isSenderConnect(invitation: Invitation): boolean {
  return invitationField(invitation, 'Sender-Connect')?.toUpperCase() === 'TRUE';
}
