// Server variations: each one a named switch, so a test can turn on exactly one, and
// profiles (named sets of switches). 'spec' is the protocol as the reference describes the
// historical service; 'revival' turns on every variation seen on revival servers.
// reference: msnp8/README.md §11 (Escargot vs historical) and §11.1 (other revival servers).
// The table in test/server/README.md says where each one comes from.

export const VARIATION_NAMES = [
  /** msnp8/README.md §11: no dispatch server; the NS answers the first USR TWN I itself. */
  'noDispatch',
  /** msnp8/README.md §11: `VER n MSNP8`, never `CVR0`. */
  'verWithoutCvr0',
  /** msnp8/README.md §11: DALogin a full https:// URL, the header named `Passporturls`. */
  'escargotPassportUrls',
  /** msnp8/README.md §11, login.md §7: the profile's ClientPort is not byte-swapped. */
  'unswappedClientPort',
  /** msnp8/README.md §11: SYN always answers the full list, version = client's + 1. */
  'fullSyn',
  /** msnp8/README.md §11: a NOT (address-book notice) after ADD 0 RL / REM 0 RL. */
  'notAfterReverseList',
  /** msnp8/README.md §11: unknown commands are ignored without a reply (no disconnect). */
  'ignoreUnknownCommands',
  /** msnp8/README.md §11: XFR SB and RNG name the switchboard by host name (`localhost:port`). */
  'hostNames',
  /** msnp8/README.md §11: the RNG / CAL RINGING session id is a UUID-like string. */
  'uuidSessionIds',
  /** msnp8/README.md §11: the answering side gets a JOI naming itself before its IRO lines. */
  'joiForAnswerer',
  /** msnp8/README.md §11.1: `ADD 0 RL <email> <name>`, without the list version. */
  'addRlWithoutVersion',
  /** msnp8/README.md §11.1: ADD for an address without an account answers 207 (not 205). */
  'error207OnAdd',
  /** msnp8/README.md §11.1: the pre-MSNP8 list format (SYN without counts, LST per list with TrID). */
  'legacyListFormat',
  /** msnp8/README.md §11.1: no ACK and no NAK at all for MSG mode A (or D). */
  'noAck',
  /** msnp8/README.md §11.1: a bare `OUT` (no reason) when the account signs in elsewhere. */
  'bareOut',
  /** msnp8/README.md §11.1: ILN / NLN without the capabilities field. */
  'noCapabilities',
  /** msnp8/README.md §11.1: `USR … OK` with extra trailing fields. */
  'usrOkExtraFields',
  /** msnp8/README.md §11.1: the switchboard's `USR … OK` gives the address in place of the name. */
  'sbUsrOkAddress',
  /** msnp8/README.md §11.1: no ILN for a contact just added to FL. */
  'noIlnAfterAdd',
  /** msnp8/README.md §11.1: no REM 0 RL when someone removes you. */
  'noRemRl',
  /** msnp8/README.md §11.1: friendly names with only spaces percent-encoded (raw UTF-8 otherwise). */
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
 * msnp8/README.md §11.1: only spaces encoded; everything else raw, including a bare `%`. Control
 * characters are still encoded: a raw CR LF would split the line (msnp8/README.md §3.1).
 */
export function encodeSpacesOnly(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\x00-\x1f\x7f]/g, (c) => {
    const hex = c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
    return c.charCodeAt(0) > 0x7f ? encodeURIComponent(c) : `%${hex}`;
  });
}
