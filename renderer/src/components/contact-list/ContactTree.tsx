// The contact list as an ARIA tree, virtualised so 5,000 contacts stay smooth. It re-renders
// only when the list's shape changes (layoutVersion), not on every presence change.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { displayName, useContacts } from '../../stores/contacts';
import { usePreferences } from '../../stores/preferences';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { openConversationWith } from '../../stores/actions';
import { markAfterPaint, markStep } from '../../app/perfMarks';
import { l10n, useLanguage } from '../../strings';
import type { MenuItem } from '../menus/PopupMenu';
import { PopupMenu } from '../menus/PopupMenu';
import type { Row, SetPosition } from './buildRows';
import { buildRows } from './buildRows';
import { contactMenu, groupMenu } from './contactMenus';
import { ContactRow } from './ContactRow';
import { GroupHeader } from './GroupHeader';
import './ContactTree.css';

const ROW_HEIGHT = 20;
const GROUP_HEIGHT = 26;

/** Each row's place among its siblings: groups among groups, contacts within their group. */
function setPositions(rows: readonly Row[]): SetPosition[] {
  const out: SetPosition[] = [];
  const groups = rows.filter((r) => r.kind === 'group').length;
  let group = 0;
  let start = 0;
  for (let i = 0; i <= rows.length; i += 1) {
    const row = rows[i];
    if (row && row.kind === 'contact') continue;
    // The contacts between the last header and this one form a set.
    for (let j = start; j < i; j += 1) out[j] = { pos: j - start + 1, size: i - start };
    if (!row) break;
    group += 1;
    out[i] = { pos: group, size: groups };
    start = i + 1;
  }
  return out;
}

const domId = (key: string): string => `row-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function ContactTree(): React.JSX.Element {
  const layoutVersion = useContacts((s) => s.layoutVersion);
  const groups = useContacts((s) => s.groups);
  const view = usePreferences((s) => s.settings.listView);
  const scope = useSession((s) => s.self?.email ?? '');
  const filter = useUi((s) => s.filter);
  const collapsed = useUi((s) => s.collapsed);
  const selected = useUi((s) => s.selected);
  const select = useUi((s) => s.select);
  const setCollapsed = useUi((s) => s.setCollapsed);
  const toggleCollapsed = useUi((s) => s.toggleCollapsed);
  const openDialog = useUi((s) => s.openDialog);
  const [menu, setMenu] = useState<{ x: number; y: number; items: MenuItem[] } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const typeAhead = useRef({ text: '', at: 0 });

  // Group labels and counts are words: build them again in a new language.
  const language = useLanguage();
  const rows = useMemo(
    () =>
      buildRows({
        contacts: useContacts.getState().byEmail,
        groups,
        view,
        filter,
        collapsed,
        scope,
        orderVersion: useContacts.getState().orderVersion,
        nicknames: useContacts.getState().nicknames,
      }),
    // layoutVersion stands for the contacts' shape; byEmail is read fresh when it moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layoutVersion, groups, view, filter, collapsed, scope, language],
  );
  const indexByKey = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is the point here
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    // Keyed by row, so sizes follow the rows when the list changes shape (a header where a
    // contact was must not keep the contact's height).
    getItemKey: useCallback((i: number) => rows[i]?.key ?? i, [rows]),
    overscan: 12,
    initialRect: { width: 260, height: 600 },
  });

  // Only the rows on screen exist in the DOM: each says where it sits in its set, so a screen
  // reader still says "2 of 5" (aria-posinset / aria-setsize). Set on the elements after each
  // render rather than as props: a row moving would otherwise re-render every row after it.
  const positions = useMemo(() => setPositions(rows), [rows]);
  useLayoutEffect(() => {
    for (const item of virtualizer.getVirtualItems()) {
      const row = rows[item.index];
      const at = positions[item.index];
      const el = row ? document.getElementById(domId(row.key)) : null;
      if (!el || !at) continue;
      el.setAttribute('aria-posinset', String(at.pos));
      el.setAttribute('aria-setsize', String(at.size));
    }
  });

  const openMenu = useCallback(
    (row: Row, x: number, y: number) => {
      if (row.kind === 'group') {
        setMenu({ x, y, items: groupMenu(row.key, row.groupId, row.collapsed) });
        return;
      }
      const contact = useContacts.getState().byEmail[row.email];
      if (contact) setMenu({ x, y, items: contactMenu(contact, row.groupId, groups, view) });
    },
    [groups, view],
  );

  // The sign-in benchmark's "list painted": the first commit of the list, then its frame.
  useEffect(() => {
    markStep('tweener:list:committed');
    markAfterPaint('tweener:list:painted');
  }, []);

  // Stable across presence changes: rows are memoised on these.
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  }, [rows]);
  const onRowMenu = useCallback(
    (rowKey: string, x: number, y: number) => {
      const row = rowsRef.current.find((r) => r.key === rowKey);
      if (row) openMenu(row, x, y);
    },
    [openMenu],
  );
  const onOpen = useCallback((email: string) => void openConversationWith([email]), []);
  const onDropContact = useCallback((email: string, from: number, to: number, copy: boolean) => {
    const store = useContacts.getState();
    if (copy) void store.copyToGroup(email, to);
    else void store.moveToGroup(email, from, to);
  }, []);

  const moveTo = (index: number): void => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    select(row.key);
    virtualizer.scrollToIndex(indexByKey.get(row.key) ?? 0, { align: 'auto' });
  };

  const current = selected !== null ? (indexByKey.get(selected) ?? -1) : -1;
  const currentRow = current >= 0 ? rows[current] : undefined;

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const key = event.key;
    if (key === 'ArrowDown') moveTo(current + 1);
    else if (key === 'ArrowUp') moveTo(current <= 0 ? 0 : current - 1);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(rows.length - 1);
    else if (key === 'ArrowLeft' && currentRow) {
      if (currentRow.kind === 'group' && !currentRow.collapsed) setCollapsed(currentRow.key, true);
      else if (currentRow.kind === 'contact') moveTo(indexByKey.get(currentRow.groupKey) ?? 0);
    } else if (key === 'ArrowRight' && currentRow?.kind === 'group' && currentRow.collapsed) {
      setCollapsed(currentRow.key, false);
    } else if (key === 'Enter' && currentRow) {
      if (currentRow.kind === 'group') toggleCollapsed(currentRow.key);
      else void openConversationWith([currentRow.email]);
    } else if (key === 'Delete' && currentRow?.kind === 'contact') {
      openDialog({ kind: 'confirmDelete', email: currentRow.email });
    } else if ((key === 'F10' && event.shiftKey) || key === 'ContextMenu') {
      if (currentRow) {
        const el = document.getElementById(domId(currentRow.key));
        const r = el?.getBoundingClientRect();
        openMenu(currentRow, (r?.left ?? 0) + 24, r?.bottom ?? 0);
      }
    } else if (
      key.length === 1 &&
      /\S/.test(key) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      // Type-ahead on display names (ui-spec §6.1).
      const now = Date.now();
      const text =
        (now - typeAhead.current.at < 800 ? typeAhead.current.text : '') + key.toLowerCase();
      typeAhead.current = { text, at: now };
      const { byEmail, nicknames } = useContacts.getState();
      const found = rows.findIndex(
        (r) =>
          r.kind === 'contact' &&
          displayName(nicknames, r.email, byEmail[r.email]).toLowerCase().startsWith(text),
      );
      if (found >= 0) moveTo(found);
    } else return;
    event.preventDefault();
  };

  const contactCount = rows.length;
  return (
    <div className="contact-tree">
      <div
        ref={scrollRef}
        className="contact-tree__scroll"
        role="tree"
        aria-label={l10n.list.label}
        tabIndex={0}
        data-pane="contacts"
        aria-activedescendant={currentRow ? domId(currentRow.key) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (current < 0 && rows.length > 0) select(rows[0]?.key ?? null);
        }}
      >
        {contactCount === 0 ? <p className="contact-tree__empty muted">{l10n.list.empty}</p> : null}
        <div className="contact-tree__inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={row.key}
                className="contact-tree__slot"
                style={{ transform: `translateY(${item.start}px)`, height: item.size }}
              >
                {row.kind === 'group' ? (
                  <GroupHeader
                    id={domId(row.key)}
                    rowKey={row.key}
                    label={row.label}
                    count={row.count}
                    online={row.online}
                    total={row.total}
                    collapsed={row.collapsed}
                    selected={row.key === selected}
                    onSelect={select}
                    onToggle={toggleCollapsed}
                    onMenu={onRowMenu}
                    groupId={row.groupId}
                    onDropContact={onDropContact}
                  />
                ) : (
                  <ContactRow
                    id={domId(row.key)}
                    rowKey={row.key}
                    email={row.email}
                    groupId={row.groupId}
                    selected={row.key === selected}
                    onSelect={select}
                    onOpen={onOpen}
                    onMenu={onRowMenu}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      {menu ? (
        <PopupMenu
          items={menu.items}
          x={menu.x}
          y={menu.y}
          label={l10n.list.label}
          onClose={() => {
            setMenu(null);
            scrollRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
