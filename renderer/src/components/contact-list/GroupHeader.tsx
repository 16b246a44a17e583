// A group header: expander, bold name, counts. Click or double-click toggles.
import { memo } from 'react';
import { en } from '../../strings/en';

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
}

export const GroupHeader = memo(function GroupHeader(props: Props): React.JSX.Element {
  return (
    <div
      id={props.id}
      role="treeitem"
      aria-level={1}
      aria-expanded={!props.collapsed}
      aria-selected={props.selected}
      aria-label={en.list.groupAria(props.label, props.online, props.total)}
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
    >
      <span className="group-header__expander" aria-hidden="true">
        {props.collapsed ? '▸' : '▾'}
      </span>
      <span className="group-header__label">{props.label}</span>
      <span className="group-header__count">{props.count}</span>
    </div>
  );
});
