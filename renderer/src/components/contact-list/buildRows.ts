// The contact list's rows (group headers and contacts) for either view, as plain data: the
// virtualised tree renders whatever this returns (../shared/ui-spec.md §1.3.2).
import type { Contact, Group } from '../../../../shared/domain';
import { isOnMyList } from '../../stores/contacts';
import { isOnline } from '../../status/statusDisplay';
import { en } from '../../strings/en';

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

export interface BuildRowsInput {
  contacts: Record<string, Contact>;
  groups: readonly Group[];
  view: ListView;
  filter: string;
  collapsed: Record<string, boolean>;
  /** Prefix of the collapse keys, e.g. the account e-mail, so state is per account. */
  scope: string;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

function byName(a: Contact, b: Contact): number {
  return collator.compare(a.friendlyName, b.friendlyName) || collator.compare(a.email, b.email);
}

/** Online first, then offline, each alphabetical (case-insensitive). */
function sortForGroup(list: Contact[]): Contact[] {
  const online = list.filter((c) => isOnline(c.status)).sort(byName);
  const offline = list.filter((c) => !isOnline(c.status)).sort(byName);
  return [...online, ...offline];
}

export function collapseKey(scope: string, view: ListView, id: string | number): string {
  return `${scope}:${view}:${id}`;
}

function matches(c: Contact, needle: string): boolean {
  return c.friendlyName.toLowerCase().includes(needle) || c.email.toLowerCase().includes(needle);
}

export function buildRows(input: BuildRowsInput): Row[] {
  const needle = input.filter.trim().toLowerCase();
  const mine = Object.values(input.contacts).filter(
    (c) => isOnMyList(c) && (needle === '' || matches(c, needle)),
  );
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
    const online = members.filter((c) => isOnline(c.status)).length;
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
    for (const c of members) {
      rows.push({
        kind: 'contact',
        key: `${key}/${c.email}`,
        email: c.email,
        groupKey: key,
        groupId,
      });
    }
  };

  if (input.view === 'status') {
    const online = mine.filter((c) => isOnline(c.status)).sort(byName);
    const offline = mine.filter((c) => !isOnline(c.status)).sort(byName);
    push('online', en.list.online, online, null, (_o, t) => en.list.statusCount(t), true);
    push('offline', en.list.notOnline, offline, null, (_o, t) => en.list.statusCount(t), true);
    return rows;
  }

  const groupIds = new Set(input.groups.map((g) => g.id));
  const members = new Map<number, Contact[]>();
  for (const c of mine) {
    const ids = c.groupIds.filter((id) => groupIds.has(id));
    // A contact without a known group shows under group 0 (Other Contacts).
    for (const id of ids.length > 0 ? ids : [0]) {
      const list = members.get(id) ?? [];
      list.push(c);
      members.set(id, list);
    }
  }
  const groups = [...input.groups].sort((a, b) =>
    a.id === 0 ? 1 : b.id === 0 ? -1 : collator.compare(a.name, b.name),
  );
  if (!groupIds.has(0) && members.has(0)) groups.push({ id: 0, name: 'Other Contacts' });
  for (const g of groups) {
    push(
      g.id,
      g.name,
      sortForGroup(members.get(g.id) ?? []),
      g.id,
      en.list.groupCount,
      needle === '',
    );
  }
  return rows;
}
