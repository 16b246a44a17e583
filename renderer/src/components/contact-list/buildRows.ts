// The contact list's rows (group headers and contacts) for either view, as plain data: the
// virtualised tree renders whatever this returns (../shared/ui-spec.md §1.3.2).
import type { Contact, Group } from '@shared/domain';
import { isOnMyList } from '../../stores/contacts';
import { isOnline } from '../../status/statusDisplay';
import { l10n } from '../../strings';

export type ListView = 'status' | 'groups';

export type Row =
  | {
      kind: 'group';
      key: string;
      label: string;
      count: string;
      online: number;
      total: number;
      collapsed: boolean;
      groupId: number | null;
    }
  | { kind: 'contact'; key: string; email: string; groupKey: string; groupId: number | null };

/** A row's place among its siblings (aria-posinset / aria-setsize). */
export interface SetPosition {
  pos: number;
  size: number;
}

export interface BuildRowsInput {
  contacts: Record<string, Contact>;
  groups: readonly Group[];
  view: ListView;
  filter: string;
  collapsed: Record<string, boolean>;
  /** Prefix of the collapse keys, e.g. the account e-mail, so state is per account. */
  scope: string;
  /**
   * The store's orderVersion: when given and unchanged, the last alphabetical order is reused
   * without looking at every name.
   */
  orderVersion?: number;
  /** Names only I see (lower-case e-mail → name): shown, sorted and filtered on instead. */
  nicknames?: Record<string, string>;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

// The alphabetical order only changes when names or the set of contacts change, not on a
// presence change: keep the last order and reuse it while every name is the same (checking
// is O(n); sorting 5,000 names with a collator is what made a status change slow).
let cachedOrder: { names: Map<string, string>; emails: string[]; version?: number } | null = null;

type NameOf = (c: Contact) => string;

function alphabetical(
  contacts: Record<string, Contact>,
  nameOf: NameOf,
  version?: number,
): string[] {
  if (version !== undefined && cachedOrder?.version === version) return cachedOrder.emails;
  const all = Object.values(contacts);
  if (cachedOrder && cachedOrder.names.size === all.length) {
    const names = cachedOrder.names;
    if (all.every((c) => names.get(c.email) === nameOf(c))) {
      if (version !== undefined) cachedOrder.version = version;
      return cachedOrder.emails;
    }
  }
  const keyed = all.map((c) => ({ email: c.email, key: nameOf(c).toLocaleLowerCase() }));
  keyed.sort((a, b) =>
    a.key === b.key ? (a.email < b.email ? -1 : 1) : collator.compare(a.key, b.key),
  );
  const emails = keyed.map((k) => k.email);
  cachedOrder = { names: new Map(all.map((c) => [c.email, nameOf(c)])), emails };
  if (version !== undefined) cachedOrder.version = version;
  return emails;
}

/** Online first, then offline; each already alphabetical. */
function onlineFirst(list: Contact[]): Contact[] {
  const online: Contact[] = [];
  const offline: Contact[] = [];
  for (const c of list) (isOnline(c.status) ? online : offline).push(c);
  return online.concat(offline);
}

type ContactRowData = Extract<Row, { kind: 'contact' }>;

// Contact rows are reused between builds: a reflow of 5,000 contacts then allocates no keys
// or row objects, and unchanged rows keep their identity.
const rowCache = new Map<string, Map<string, ContactRowData>>();

function contactRow(groupKey: string, email: string, groupId: number | null): ContactRowData {
  let byEmail = rowCache.get(groupKey);
  if (!byEmail) {
    byEmail = new Map();
    rowCache.set(groupKey, byEmail);
  }
  let row = byEmail.get(email);
  if (!row || row.groupId !== groupId) {
    row = { kind: 'contact', key: `${groupKey}/${email}`, email, groupKey, groupId };
    byEmail.set(email, row);
  }
  return row;
}

export function collapseKey(scope: string, view: ListView, id: string | number): string {
  return `${scope}:${view}:${id}`;
}

function matches(c: Contact, name: string, needle: string): boolean {
  return (
    name.toLowerCase().includes(needle) ||
    c.friendlyName.toLowerCase().includes(needle) ||
    c.email.toLowerCase().includes(needle)
  );
}

export function buildRows(input: BuildRowsInput): Row[] {
  const needle = input.filter.trim().toLowerCase();
  const mine: Contact[] = [];
  const nicknames = input.nicknames ?? {};
  const nameOf: NameOf = (c) => nicknames[c.email.toLowerCase()] ?? c.friendlyName;
  for (const email of alphabetical(input.contacts, nameOf, input.orderVersion)) {
    const c = input.contacts[email];
    if (c && isOnMyList(c) && (needle === '' || matches(c, nameOf(c), needle))) mine.push(c);
  }
  const rows: Row[] = [];
  const push = (
    id: string | number,
    label: string,
    members: Contact[],
    groupId: number | null,
    countText: (online: number, total: number) => string,
    showEmpty: boolean,
  ): void => {
    if (!showEmpty && members.length === 0) return;
    const key = collapseKey(input.scope, input.view, id);
    // A filter shows every match, whatever was collapsed.
    const collapsed = needle === '' && input.collapsed[key] === true;
    let online = 0;
    for (const c of members) if (isOnline(c.status)) online += 1;
    rows.push({
      kind: 'group',
      key,
      label,
      count: countText(online, members.length),
      online,
      total: members.length,
      collapsed,
      groupId,
    });
    if (collapsed) return;
    for (const c of members) rows.push(contactRow(key, c.email, groupId));
  };

  if (input.view === 'status') {
    const online = mine.filter((c) => isOnline(c.status));
    const offline = mine.filter((c) => !isOnline(c.status));
    push(
      'online',
      l10n.list.online,
      online,
      null,
      (_o, t) => l10n.list.statusCount({ n: t }),
      true,
    );
    push(
      'offline',
      l10n.list.notOnline,
      offline,
      null,
      (_o, t) => l10n.list.statusCount({ n: t }),
      true,
    );
    return rows;
  }

  const groupIds = new Set(input.groups.map((g) => g.id));
  const members = new Map<number, Contact[]>();
  const add = (id: number, c: Contact): void => {
    const list = members.get(id);
    if (list) list.push(c);
    else members.set(id, [c]);
  };
  for (const c of mine) {
    let placed = false;
    for (const id of c.groupIds) {
      if (!groupIds.has(id)) continue;
      add(id, c);
      placed = true;
    }
    // A contact without a known group shows under group 0 (Other Contacts).
    if (!placed) add(0, c);
  }
  const groups = [...input.groups].sort((a, b) =>
    a.id === 0 ? 1 : b.id === 0 ? -1 : collator.compare(a.name, b.name),
  );
  if (!groupIds.has(0) && members.has(0)) groups.push({ id: 0, name: l10n.list.otherContacts });
  for (const g of groups) {
    push(
      g.id,
      g.name,
      onlineFirst(members.get(g.id) ?? []),
      g.id,
      (online, total) => l10n.list.groupCount({ online, total }),
      needle === '',
    );
  }
  return rows;
}
