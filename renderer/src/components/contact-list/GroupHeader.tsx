// A group header: expander, bold name, counts. Click or double-click toggles.
import { memo } from 'react';
import { l10n, useLanguage } from '../../strings';
import { DRAG_TYPE } from './ContactRow';

interface Props {
  id: string;
  rowKey: string;
  label: string;
  count: string;
  online: number;
  total: number;
  collapsed: boolean;
  selected: boolean;
  onToggle: (rowKey: string) => void;
  onSelect: (rowKey: string) => void;
  onMenu: (rowKey: string, x: number, y: number) => void;
  /** Groups view only: a contact dropped here (copy with Ctrl). */
  groupId: number | null;
  onDropContact: (email: string, from: number, to: number, copy: boolean) => void;
}

export const GroupHeader = memo(function GroupHeader(props: Props): React.JSX.Element {
  // Memo'd: re-rendered in a new language by this subscription, not by its parent.
  useLanguage();
  return (
    <div
      id={props.id}
      role="treeitem"
      aria-level={1}
      aria-expanded={!props.collapsed}
      aria-selected={props.selected}
      aria-label={l10n.list.groupAria({
        name: props.label,
        online: props.online,
        total: props.total,
      })}
      className={`group-header${props.selected ? ' group-header--selected' : ''}`}
      onClick={() => {
        props.onSelect(props.rowKey);
        props.onToggle(props.rowKey);
      }}
      onContextMenu={(e) => {
        e.preventDefault();
        props.onSelect(props.rowKey);
        props.onMenu(props.rowKey, e.clientX, e.clientY);
      }}
      onDragOver={(e) => {
        if (props.groupId === null || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = e.ctrlKey ? 'copy' : 'move';
      }}
      onDrop={(e) => {
        const to = props.groupId;
        if (to === null) return;
        e.preventDefault();
        try {
          const data = JSON.parse(e.dataTransfer.getData(DRAG_TYPE)) as {
            email?: unknown;
            from?: unknown;
          };
          if (typeof data.email === 'string' && typeof data.from === 'number' && data.from !== to) {
            // Ctrl at drop time, or the copy effect chosen while dragging over.
            const copy = e.ctrlKey || e.dataTransfer.dropEffect === 'copy';
            props.onDropContact(data.email, data.from, to, copy);
          }
        } catch {
          // Not one of our rows: ignore.
        }
      }}
    >
      <span className="group-header__expander" aria-hidden="true">
        {props.collapsed ? '▸' : '▾'}
      </span>
      <span className="group-header__label">{props.label}</span>
      <span className="group-header__count">{props.count}</span>
    </div>
  );
});
