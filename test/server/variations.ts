// Server variations: each one a named switch, so a test can turn on exactly one, and
// profiles (named sets of switches). 'spec' is the protocol as the reference describes the
// historical service; 'revival' turns on every variation seen on revival servers.
// reference: README.md §11 (Escargot vs historical) and §11.1 (other revival servers).
// The table in test/server/README.md says where each one comes from.

export const VARIATION_NAMES = [
  /** README §11: no dispatch server; the NS answers the first USR TWN I itself. */
  'noDispatch',
  /** README §11: `VER n MSNP8`, never `CVR0`. */
  'verWithoutCvr0',
  /** README §11: DALogin a full https:// URL, the header named `Passporturls`. */
  'escargotPassportUrls',
  /** README §11, login.md §7: the profile's ClientPort is not byte-swapped. */
  'unswappedClientPort',
  /** README §11: SYN always answers the full list, version = client's + 1. */
  'fullSyn',
  /** README §11: a NOT (address-book notice) after ADD 0 RL / REM 0 RL. */
  'notAfterReverseList',
  /** README §11: unknown commands are ignored without a reply (no disconnect). */
  'ignoreUnknownCommands',
  /** README §11: XFR SB and RNG name the switchboard by host name (`localhost:port`). */
  'hostNames',
  /** README §11: the RNG / CAL RINGING session id is a UUID-like string. */
  'uuidSessionIds',
  /** README §11: the answering side gets a JOI naming itself before its IRO lines. */
  'joiForAnswerer',
  /** README §11.1: `ADD 0 RL <email> <name>`, without the list version. */
  'addRlWithoutVersion',
  /** README §11.1: ADD for an address without an account answers 207 (not 205). */
  'error207OnAdd',
  /** README §11.1: the pre-MSNP8 list format (SYN without counts, LST per list with TrID). */
  'legacyListFormat',
  /** README §11.1: no ACK and no NAK at all for MSG mode A (or D). */
  'noAck',
  /** README §11.1: a bare `OUT` (no reason) when the account signs in elsewhere. */
  'bareOut',
  /** README §11.1: ILN / NLN without the capabilities field. */
  'noCapabilities',
  /** README §11.1: `USR … OK` with extra trailing fields. */
  'usrOkExtraFields',
  /** README §11.1: the switchboard's `USR … OK` gives the address in place of the name. */
  'sbUsrOkAddress',
  /** README §11.1: no ILN for a contact just added to FL. */
  'noIlnAfterAdd',
  /** README §11.1: no REM 0 RL when someone removes you. */
  'noRemRl',
  /** README §11.1: friendly names with only spaces percent-encoded (raw UTF-8 otherwise). */
  'spaceOnlyEncoding',
] as const;

export type VariationName = (typeof VARIATION_NAMES)[number];
export type Variations = Partial<Record<VariationName, boolean>>;
export type ResolvedVariations = Readonly<Record<VariationName, boolean>>;

export const PROFILE_NAMES = ['spec', 'revival'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export const PROFILES: Readonly<Record<ProfileName, Variations>> = {
  spec: {},
  revival: Object.fromEntries(VARIATION_NAMES.map((name) => [name, true])) as Variations,
};

export function isProfileName(text: string | undefined): text is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(text ?? '');
}

/** The profile's switches, then the explicit ones over them; `dispatch: false` = noDispatch. */
export function resolveVariations(options: {
  profile?: ProfileName;
  variations?: Variations;
  dispatch?: boolean;
}): ResolvedVariations {
  const chosen = { ...PROFILES[options.profile ?? 'spec'], ...options.variations };
  if (options.dispatch === false) chosen.noDispatch = true;
  if (options.dispatch === true) chosen.noDispatch = false;
  return Object.fromEntries(
    VARIATION_NAMES.map((name) => [name, chosen[name] === true]),
  ) as ResolvedVariations;
}

/**
 * README §11.1: only spaces encoded; everything else raw, including a bare `%`. Control
 * characters are still encoded: a raw CR LF would split the line (README §3.1).
 */
export function encodeSpacesOnly(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\x00-\x1f\x7f]/g, (c) => {
    const hex = c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
    return c.charCodeAt(0) > 0x7f ? encodeURIComponent(c) : `%${hex}`;
  });
}
