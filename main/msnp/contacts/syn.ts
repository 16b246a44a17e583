// Assembles a full SYN answer (GTC, BLP, PRP, LSG, LST, BPR lines) into a contact list.
// reference: contacts.md §2 (SYN), §2.1 (line formats), §2.2 (knowing when SYN is finished)
import type { ContactPhones, Group, Privacy } from '@shared/domain';
import { ListBit } from '@shared/domain';
import { MAX_GROUP_IDS_PER_CONTACT, MAX_GROUPS, MAX_LIST_ENTRIES } from '../limits';
import { decodeName } from './decode-name';
import { isValidEmail } from './email';
import { emptyContactList, hasList, keyOf } from './model';
import type { ContactListState, ListEntry } from './model';
import { withPhone } from './reducers';

/** The part of a codec command the listing needs. */
export interface ListLine {
  name: string;
  params: readonly string[];
}

/** The SYN reply itself: `SYN <TrID> <version>` or `SYN <TrID> <version> <contacts> <groups>`. */
export type SynHeader =
  | { kind: 'current'; version: number }
  | { kind: 'full'; version: number; contacts: number; groups: number };

export function parseSynHeader(params: readonly string[]): SynHeader | null {
  const version = toCount(params[0]);
  if (version === null) return null;
  const contacts = toCount(params[1]);
  const groups = toCount(params[2]);
  if (contacts === null || groups === null) return { kind: 'current', version };
  return { kind: 'full', version, contacts, groups };
}

function toCount(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/** True for the list lines that belong to a SYN answer (no TrID in MSNP8, contacts.md §2). */
export function isSynLine(line: ListLine): boolean {
  switch (line.name) {
    case 'GTC':
    case 'BLP':
    case 'PRP':
    case 'LSG':
    case 'LST':
      return true;
    case 'BPR':
      return isSynFormBpr(line.params);
    default:
      return false;
  }
}

/** contacts.md §2.2: a SYN-form BPR has 1–2 params and starts with a property name. */
export function isSynFormBpr(params: readonly string[]): boolean {
  return params.length >= 1 && params.length <= 2 && !/^\d+$/.test(params[0] ?? '');
}

/** msnp8/README.md §11.1: the four lists of the pre-MSNP8 format, one run of LST lines each. */
const LEGACY_LISTS = ['FL', 'AL', 'BL', 'RL'] as const;
type LegacyList = (typeof LEGACY_LISTS)[number];

/** Why a listing line was not applied (msnp8/README.md §11.1), for the log. */
export type DropReport = (reason: string, line: string) => void;

/**
 * Collects one full SYN answer, in the MSNP8 form (contacts.md §2.1) or the pre-MSNP8 form
 * (msnp8/README.md §11.1), into the same model. Mutable while building; single use: result()
 * hands over the data.
 */
export class SynListing {
  private header: Extract<SynHeader, { kind: 'full' }> | null = null;
  /** msnp8/README.md §11.1: the pre-MSNP8 listing follows a `SYN <TrID> <version>` with a new version. */
  private legacyVersion: number | null = null;
  private readonly legacyDone = new Set<LegacyList>();
  private readonly entries = new Map<string, ListEntry>();
  private readonly groups = new Map<number, Group>();
  private privacy: Privacy = { ...emptyContactList().privacy };
  private ownPhones: ContactPhones = {};
  private last: ListEntry | null = null;
  private contactsSeen = 0;
  private groupsSeen = 0;

  constructor(private readonly drop: DropReport = () => undefined) {}

  setHeader(header: Extract<SynHeader, { kind: 'full' }>): void {
    this.header = header;
  }

  /** msnp8/README.md §11.1: a short SYN reply with another version: the pre-MSNP8 listing follows. */
  expectLegacy(version: number): void {
    this.legacyVersion = version;
  }

  /**
   * contacts.md §2.2: complete once the announced LST and LSG counts have arrived; for the
   * pre-MSNP8 form, once the last line (`<i>` = `<n>`, or `0 0`) of each of the four lists did.
   */
  get complete(): boolean {
    if (this.legacyVersion !== null) return this.legacyDone.size === LEGACY_LISTS.length;
    return (
      this.header !== null &&
      this.contactsSeen >= this.header.contacts &&
      this.groupsSeen >= this.header.groups
    );
  }

  /**
   * More LST lines than MAX_LIST_ENTRIES, announced or sent (limits.ts): the sign-in fails
   * rather than hold a list of any size a server sends.
   */
  get tooLarge(): boolean {
    return this.contactsSeen > MAX_LIST_ENTRIES || (this.header?.contacts ?? 0) > MAX_LIST_ENTRIES;
  }

  /** The e-mail of the latest LST, for SYN-form BPRs arriving after completion. */
  get lastEmail(): string | null {
    return this.last?.email ?? null;
  }

  push(line: ListLine): void {
    // Only after a short SYN reply with a new version: an MSNP8 line never switches modes.
    if (this.legacyVersion !== null && isLegacyLine(line)) return this.pushLegacy(line);
    const p = line.params;
    switch (line.name) {
      case 'GTC':
        if (p[0] === 'A' || p[0] === 'N') this.privacy = { ...this.privacy, gtc: p[0] };
        break;
      case 'BLP':
        if (p[0] === 'AL' || p[0] === 'BL') this.privacy = { ...this.privacy, blp: p[0] };
        break;
      case 'PRP':
        if (p[0]) this.ownPhones = withPhone(this.ownPhones, p[0], optional(p[1]));
        break;
      case 'LSG':
        this.pushGroup(p);
        break;
      case 'LST':
        this.pushContact(p);
        break;
      case 'BPR':
        // contacts.md §2.1: applies to the preceding LST.
        if (this.last && p[0]) this.last.phones = withPhone(this.last.phones, p[0], optional(p[1]));
        break;
      default:
        break;
    }
  }

  private pushGroup(p: readonly string[]): void {
    this.groupsSeen += 1;
    const id = toCount(p[0]);
    if (id === null) return;
    // contacts.md §1.2: `~` is the quasi-group of accounts that never created groups.
    const raw = p[1] === undefined || p[1] === '~' ? 'Other Contacts' : decodeName(p[1]);
    if (this.groups.size < MAX_GROUPS || this.groups.has(id))
      this.groups.set(id, { id, name: raw });
  }

  /**
   * msnp8/README.md §11.1: `GTC|BLP <version> <value>`, `LSG <TrID> <version> <i> <n> <id> <name> 0`,
   * `LST <TrID> <LIST> <version> <i> <n> [<email> <name> [<groups>]]`.
   */
  private pushLegacy(line: ListLine): void {
    const p = line.params;
    if (line.name === 'GTC' || line.name === 'BLP') {
      return this.push({ name: line.name, params: p.slice(1) });
    }
    if (line.name === 'LSG') {
      if (toCount(p[3]) !== 0) this.pushGroup(p.slice(4));
      return;
    }
    const list = p[1] as LegacyList;
    const index = toCount(p[3]);
    const total = toCount(p[4]);
    if (total === 0 || (index !== null && index === total)) this.legacyDone.add(list);
    if (total === 0) return;
    const [email, name, groups] = p.slice(5);
    if (!email || !isValidEmail(email)) {
      this.drop('LST: the address field is not an e-mail address', lineText(line));
      return;
    }
    const key = keyOf(email);
    const old = this.entries.get(key);
    const bit = ListBit[list];
    const groupIds =
      list === 'FL' && groups !== undefined ? groupIdsOf(groups) : (old?.groupIds ?? []);
    const entry: ListEntry = {
      email: old?.email ?? email,
      // The FL line carries the stored name (contacts.md §1.3); the others fill a gap.
      storedName:
        list === 'FL' || !old
          ? name !== undefined
            ? decodeName(name)
            : (old?.storedName ?? email)
          : old.storedName,
      lists: (old?.lists ?? 0) | bit,
      groupIds,
      phones: old?.phones ?? {},
    };
    this.entries.set(key, entry);
    this.last = entry;
  }

  private pushContact(params: readonly string[]): void {
    this.contactsSeen += 1;
    const p = withNameSlot(params);
    const email = p[0];
    const bits = toCount(p[2]);
    if (!email || bits === null) {
      this.last = null;
      return;
    }
    if (!isValidEmail(email)) {
      // msnp8/README.md §11.1: never let a field that is not an address become a contact.
      this.drop('LST: the address field is not an e-mail address', `LST ${params.join(' ')}`);
      this.last = null;
      return;
    }
    // contacts.md §2.1: Escargot sends a group field even without FL; ignore it then.
    const groupIds = hasList(bits, ListBit.FL) && p[3] !== undefined ? groupIdsOf(p[3]) : [];
    const entry: ListEntry = {
      email,
      storedName: p[1] !== undefined ? decodeName(p[1]) : email,
      lists: bits & (ListBit.FL | ListBit.AL | ListBit.BL | ListBit.RL),
      groupIds,
      phones: {},
    };
    this.entries.set(keyOf(email), entry);
    this.last = entry;
  }

  /** The new list (replacing any cache: contacts.md §1.4), keeping known presence. */
  result(previous: ContactListState): ContactListState {
    return {
      version: this.legacyVersion ?? this.header?.version ?? previous.version,
      entries: this.entries,
      groups: [...this.groups.values()].sort((a, b) => a.id - b.id),
      privacy: this.privacy,
      ownPhones: this.ownPhones,
      presence: previous.presence,
    };
  }
}

/**
 * msnp8/README.md §3.1: servers (Escargot) drop an unset field such as an empty stored name, so
 * `LST <email> <bits> [<groups>]` puts the bits where the name belongs. Bits are 1–15 and
 * Escargot always adds a group field, so two or three fields whose second is 1–15 (and third,
 * if any, a group list) are read as "no name". The name slot is then the e-mail (undefined).
 */
function withNameSlot(p: readonly string[]): readonly (string | undefined)[] {
  const bitsLike = /^([1-9]|1[0-5])$/.test(p[1] ?? '');
  const dropped =
    (p.length === 2 && bitsLike) || (p.length === 3 && bitsLike && /^\d+(,\d+)*$/.test(p[2] ?? ''));
  return dropped ? [p[0], undefined, ...p.slice(1)] : p;
}

/** Distinct group ids, at most MAX_GROUP_IDS_PER_CONTACT (limits.ts; 30 groups exist). */
function groupIdsOf(field: string): number[] {
  const ids = new Set<number>();
  for (const text of field.split(',', 4 * MAX_GROUP_IDS_PER_CONTACT)) {
    const id = toCount(text);
    if (id !== null) ids.add(id);
    if (ids.size === MAX_GROUP_IDS_PER_CONTACT) break;
  }
  return [...ids];
}

/**
 * msnp8/README.md §11.1, by shape: a pre-MSNP8 LST starts `<TrID> <LIST>`, an LSG has the TrID,
 * version, index and count before the group, a GTC/BLP has the version before the value.
 * MSNP8 lines start with an address (LST), a group id followed by a name (LSG) or the value.
 */
export function isLegacyLine(line: ListLine): boolean {
  const p = line.params;
  switch (line.name) {
    case 'LST':
      return toCount(p[0]) !== null && (LEGACY_LISTS as readonly string[]).includes(p[1] ?? '');
    case 'LSG':
      // MSNP8's LSG has at most three fields; `LSG <TrID> <version> 0 0` lists no group.
      return p.length >= 4 && p.slice(0, 4).every((f) => toCount(f) !== null);
    case 'GTC':
    case 'BLP':
      return p.length >= 2 && toCount(p[0]) !== null;
    default:
      return false;
  }
}

function lineText(line: ListLine): string {
  return `${line.name} ${line.params.join(' ')}`;
}

function optional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : decodeName(value);
}
