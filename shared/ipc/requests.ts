// The request side of the IPC contract: one channel per intent, each with a runtime schema.
// Main validates every request against these before touching any service (../shared/DESIGN.md,
// State and IPC): the renderer is untrusted.
import { z } from 'zod';
import { SETTABLE_STATUSES } from '../domain';
import { parseHostPort } from '../host-port';
import { MAX_NICKNAME_CHARS, MAX_SEND_DATA_CHARS } from './limits';
import { pageSettingsPatchSchema } from './settings';

const email = z
  .string()
  .trim()
  .min(3)
  .max(129)
  .regex(/^[^\s@]+@[^\s@]+$/, 'not an e-mail address');
const statusCode = z.enum(SETTABLE_STATUSES);
const groupId = z.number().int().min(0).max(29);
const id = z.string().min(1).max(200);

// A bare file name: no folders, no control characters, never "." or "..".
const fileName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/, 'not a plain file name')
  .refine((name) => name !== '.' && name !== '..', 'not a plain file name');

export const messageFormatSchema = z.object({
  font: z.string().max(100),
  bold: z.boolean(),
  italic: z.boolean(),
  underline: z.boolean(),
  strikethrough: z.boolean(),
  color: z
    .string()
    .max(7)
    .regex(/^#[0-9a-fA-F]{6}$/),
  charset: z.number().int().min(0).max(255),
  pitchFamily: z.number().int().min(0).max(255),
  rightToLeft: z.boolean(),
});

// Passport carries the password: only over HTTPS (../shared/DESIGN.md, Security).
const httpsUrl = z
  .string()
  .max(2048)
  .regex(/^https:\/\/[^\s/]+(\/\S*)?$/i, 'must be an https:// address');

export const networkProfileSchema = z
  .object({
    id,
    name: z.string().min(1).max(100),
    host: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'not a host name'),
    port: z.number().int().min(1).max(65535),
    nexusUrl: httpsUrl.nullable(),
    loginUrl: httpsUrl.nullable(),
    caCertPem: z
      .string()
      .max(100_000)
      .regex(/-----BEGIN CERTIFICATE-----/, 'not a PEM certificate')
      .nullable(),
    pinnedCertSha256: z
      .string()
      .max(95)
      .regex(/^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/)
      .nullable(),
    switchboardAddress: z
      .string()
      .max(262)
      .refine((text) => parseHostPort(text) !== null, 'must be host:port, e.g. sb.example.com:1864')
      .nullable()
      .optional(),
    passportHosts: z
      .array(
        z
          .string()
          .min(1)
          .max(253)
          .regex(/^[A-Za-z0-9.:-]+$/, 'not a host name'),
      )
      .max(10)
      .nullable()
      .optional(),
    connection: z
      .object({
        mode: z.enum(['automatic', 'direct', 'gateway']),
        gateway: z
          .string()
          .max(262)
          .refine(
            (text) => text === '' || parseHostPort(text, 80) !== null,
            'must be host or host:port, e.g. gateway.example.com:80',
          )
          .nullable()
          .optional(),
        proxy: z
          .object({
            kind: z.enum(['socks5', 'socks4a', 'http']),
            host: z
              .string()
              .min(1)
              .max(255)
              .regex(/^[A-Za-z0-9.:[\]-]+$/, 'not a host name'),
            port: z.number().int().min(1).max(65535),
            username: z.string().max(255).nullable().optional(),
          })
          .nullable()
          .optional(),
      })
      .nullable()
      .optional(),
    builtIn: z.boolean(),
    unverified: z.boolean().optional(),
  })
  .refine((profile) => profile.nexusUrl !== null || profile.loginUrl !== null, {
    message: 'give a Passport nexus or login address',
    path: ['nexusUrl'],
  });

/** A SHA-256 certificate fingerprint, colon-grouped upper-case hex (as main shows it). */
const certificateFingerprint = z
  .string()
  .max(95)
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'not a SHA-256 fingerprint');

export const signInSchema = z.object({
  email,
  /** Absent: use the remembered password for this account. */
  password: z.string().min(1).max(256).optional(),
  status: statusCode,
  profileId: id,
  rememberMe: z.boolean(),
  rememberPassword: z.boolean(),
  signInAutomatically: z.boolean(),
});

const none = z.undefined();

/** An AccountId (account-id.ts): `profileId/email`. */
const accountId = z
  .string()
  .min(5)
  .max(330)
  .regex(/^[^/\s]+\/[^\s@]+@[^\s@]+$/, 'not an account');
/**
 * Which signed-in account a request is for; absent: the account the main window shows.
 * Requests naming a conversation or transfer need none: that one names its account.
 */
const forAccount = { account: accountId.optional() };

/** Every request channel and the schema of its single argument. */
export const requestSchemas = {
  'app:snapshot': none,
  'session:signIn': signInSchema,
  /** Signs out of one account (absent: the shown one), or of every account (`all`). */
  'session:signOut': z.object({ ...forAccount, all: z.boolean().optional() }).optional(),
  /** Which signed-in account the main window shows. */
  'accounts:show': z.object({ account: accountId }),
  'session:cancelSignIn': none,
  'session:setStatus': z.object({ status: statusCode, ...forAccount }),
  'session:setFriendlyName': z.object({ name: z.string().trim().min(1).max(387), ...forAccount }),
  'contacts:add': z.object({ email, groupId: groupId.optional(), ...forAccount }),
  'contacts:remove': z.object({ email, alsoBlock: z.boolean().optional(), ...forAccount }),
  'contacts:removeFromGroup': z.object({ email, groupId, ...forAccount }),
  'contacts:copyToGroup': z.object({ email, groupId, ...forAccount }),
  'contacts:moveToGroup': z.object({
    email,
    fromGroupId: groupId,
    toGroupId: groupId,
    ...forAccount,
  }),
  'contacts:block': z.object({ email, ...forAccount }),
  'contacts:unblock': z.object({ email, ...forAccount }),
  /** A name only I see for a contact (kept on this computer); null or blank clears it. */
  'contacts:setNickname': z.object({
    ...forAccount,
    email,
    nickname: z
      .string()
      .trim()
      .max(MAX_NICKNAME_CHARS)
      // eslint-disable-next-line no-control-regex
      .regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters')
      .nullable(),
  }),
  /** Answer to "X has added you": allow or block, and optionally add to my list. */
  'contacts:answerAddedBy': z.object({
    email,
    allow: z.boolean(),
    addToList: z.boolean(),
    ...forAccount,
  }),
  'groups:add': z.object({ name: z.string().trim().min(1).max(61), ...forAccount }),
  'groups:rename': z.object({ groupId, name: z.string().trim().min(1).max(61), ...forAccount }),
  'groups:remove': z.object({ groupId, ...forAccount }),
  'privacy:set': z.object({
    ...forAccount,
    blp: z.enum(['AL', 'BL']).optional(),
    gtc: z.enum(['A', 'N']).optional(),
  }),
  'conversations:open': z.object({ contacts: z.array(email).min(1).max(20), ...forAccount }),
  'conversations:send': z.object({
    conversationId: id,
    clientId: id,
    text: z.string().min(1).max(100_000),
    format: messageFormatSchema.nullable(),
  }),
  'conversations:resend': z.object({ conversationId: id, messageId: id }),
  'conversations:typing': z.object({ conversationId: id }),
  'conversations:nudge': z.object({ conversationId: id }),
  'conversations:invite': z.object({ conversationId: id, email }),
  'conversations:leave': z.object({ conversationId: id }),
  /** Main asks the user for a file (dialog), or takes `path` when a trusted harness gives one. */
  'files:send': z.object({ conversationId: id, path: z.string().max(4096).optional() }),
  /** The page hands main a file's bytes (web harness: there is no native file dialog). */
  'files:sendData': z.object({
    conversationId: id,
    fileName,
    data: z
      .string()
      .max(MAX_SEND_DATA_CHARS, 'the file is larger than 50 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  }),
  'files:accept': z.object({ transferId: id }),
  'files:decline': z.object({ transferId: id }),
  'files:cancel': z.object({ transferId: id }),
  // A transfer id, never a path: main looks up where it saved a file it received.
  'files:reveal': z.object({ transferId: id }),
  'settings:update': z.object({ patch: pageSettingsPatchSchema }),
  /** Main asks the person for the received-files folder (Electron: a folder dialog). */
  'settings:chooseDownloadFolder': none,
  'profiles:save': networkProfileSchema,
  'profiles:remove': z.object({ profileId: id }),
  /** The network's proxy password, kept like account passwords (null forgets it). */
  'profiles:setProxyPassword': z.object({
    profileId: id,
    password: z.string().min(1).max(256).nullable(),
  }),
  /**
   * Trust exactly this certificate for this network (login.md §5.6): main stores the pin and
   * goes on with the sign-in the certificate stopped, if it was for that certificate.
   */
  'session:trustCertificate': z.object({ profileId: id, sha256: certificateFingerprint }),
  /** Test connection: every sign-in step up to the password, for the network in the form. */
  'networks:test': z.object({ profile: networkProfileSchema, email: email.optional() }),
  /** A network as a .tweener-network file (main shows a save dialog where it has one). */
  'networks:export': z.object({ profileId: id }),
  /** Read a network file (main's open dialog; the web page hands over the text) to preview. */
  'networks:import': z.object({ text: z.string().max(400_000).optional() }),
  'accounts:forget': z.object({ email }),
  'history:query': z.object({
    contact: email.optional(),
    text: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  /** One page of results, newest first; `cursor` continues a search. */
  'history:search': z.object({
    text: z.string().max(200).optional(),
    contact: email.optional(),
    from: z.number().int().min(0).optional(),
    to: z.number().int().min(0).optional(),
    cursor: z.string().max(16).regex(/^\d+$/).optional(),
    limit: z.number().int().min(1).max(100).default(30),
  }),
  /** The conversation around a result (`ref` from a result or from a context entry). */
  'history:context': z.object({
    ref: z
      .string()
      .max(32)
      .regex(/^\d{1,9}:\d{1,15}$/),
    before: z.number().int().min(0).max(200).default(20),
    after: z.number().int().min(0).max(200).default(20),
  }),
  /** Main asks where to save (Electron) or offers a download (web). */
  'history:export': z.object({
    contact: email.optional(),
    format: z.enum(['text', 'html', 'xml']),
  }),
  /** Main asks for a folder of Pidgin or aMSN logs and answers what it would import. */
  'history:importChoose': none,
  'history:importStart': z.object({ importId: id, sources: z.array(id).max(10_000) }),
  'history:importCancel': z.object({ importId: id }),
  'history:clear': z.object({ contact: email.optional() }),
  /** Contacts that have a stored history, most recent first. */
  'history:contacts': none,
  /** Open a link the person clicked, in their browser: http(s) only. */
  'app:openExternal': z.object({
    url: z
      .string()
      .max(2048)
      .regex(/^https?:\/\/[^\s]+$/i, 'only http and https links open'),
  }),
  'window:showConversation': z.object({ conversationId: id }),
  'window:close': none,
} as const;

export type RequestChannel = keyof typeof requestSchemas;
export type RequestInput<C extends RequestChannel> = z.input<(typeof requestSchemas)[C]>;
export type RequestArgs<C extends RequestChannel> = z.output<(typeof requestSchemas)[C]>;
