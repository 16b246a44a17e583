// A classic pop-up menu: arrow keys move, Enter or click chooses, Esc or a click outside closes,
// → opens a submenu, ← closes it. Used for the status menu and the context menus.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import './PopupMenu.css';

export type MenuItem =
  | { separator: true }
  | {
      separator?: false;
      label: string;
      onSelect?: () => void;
      disabled?: boolean;
      checked?: boolean;
      bold?: boolean;
      icon?: React.ReactNode;
      submenu?: MenuItem[];
    };

interface Props {
  items: MenuItem[];
  x: number;
  y: number;
  label: string;
  onClose: () => void;
  /** Submenus return focus to their parent instead of closing everything. */
  isSubmenu?: boolean;
}

type ActionItem = Exclude<MenuItem, { separator: true }>;
const isAction = (item: MenuItem): item is ActionItem => item.separator !== true;

export function PopupMenu({
  items,
  x,
  y,
  label,
  onClose,
  isSubmenu = false,
}: Props): React.JSX.Element {
  const ref = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(() => items.findIndex((i) => isAction(i) && !i.disabled));
  const [openSub, setOpenSub] = useState<{ index: number; x: number; y: number } | null>(null);
  const [pos, setPos] = useState({ left: x, top: y });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    const left = Math.max(0, Math.min(x, window.innerWidth - rect.width - 2));
    const top = Math.max(0, Math.min(y, window.innerHeight - rect.height - 2));
    setPos({ left, top });
    el.focus();
  }, [x, y]);

  useEffect(() => {
    if (isSubmenu) return;
    const onDown = (event: MouseEvent): void => {
      if (ref.current && !ref.current.parentElement?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose, isSubmenu]);

  const move = (delta: number): void => {
    if (items.length === 0) return;
    let i = active;
    for (let n = 0; n < items.length; n += 1) {
      i = (i + delta + items.length) % items.length;
      const item = items[i];
      if (item && isAction(item) && !item.disabled) break;
    }
    setActive(i);
  };

  const openSubmenu = (index: number): void => {
    const rect = ref.current?.children[index]?.getBoundingClientRect();
    setOpenSub({ index, x: (rect?.right ?? pos.left + 160) - 2, y: rect?.top ?? pos.top });
  };

  const choose = (index: number): void => {
    const item = items[index];
    if (!item || !isAction(item) || item.disabled) return;
    if (item.submenu) {
      openSubmenu(index);
      return;
    }
    onClose();
    item.onSelect?.();
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (openSub !== null) return;
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Home':
        setActive(0);
        move(0);
        break;
      case 'Enter':
      case ' ':
        choose(active);
        break;
      case 'ArrowRight':
        if (items[active] && isAction(items[active]) && (items[active] as ActionItem).submenu) {
          openSubmenu(active);
        }
        break;
      case 'Escape':
      case 'ArrowLeft':
        if (event.key === 'ArrowLeft' && !isSubmenu) return;
        onClose();
        break;
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const activeId = `menu-item-${label.replace(/\W+/g, '-')}-${active}`;
  const subItem = openSub !== null ? items[openSub.index] : undefined;

  return (
    <div className="popup-menu-layer">
      <ul
        ref={ref}
        className="popup-menu"
        role="menu"
        aria-label={label}
        tabIndex={-1}
        style={{ left: pos.left, top: pos.top }}
        aria-activedescendant={active >= 0 ? activeId : undefined}
        onKeyDown={onKeyDown}
      >
        {items.map((item, index) =>
          isAction(item) ? (
            <li
              key={`${index}-${item.label}`}
              id={`menu-item-${label.replace(/\W+/g, '-')}-${index}`}
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              aria-haspopup={item.submenu ? 'menu' : undefined}
              className={[
                'popup-menu__item',
                index === active ? 'popup-menu__item--active' : '',
                item.bold ? 'popup-menu__item--bold' : '',
              ].join(' ')}
              onMouseEnter={() => {
                setActive(index);
                if (item.submenu) openSubmenu(index);
                else setOpenSub(null);
              }}
              onClick={() => choose(index)}
            >
              <span className="popup-menu__check">{item.checked ? '✓' : ''}</span>
              {item.icon ? <span className="popup-menu__icon">{item.icon}</span> : null}
              <span className="popup-menu__label">{item.label}</span>
              {item.submenu ? <span className="popup-menu__arrow">▸</span> : null}
            </li>
          ) : (
            <li key={`sep-${index}`} role="separator" className="popup-menu__separator" />
          ),
        )}
      </ul>
      {subItem && isAction(subItem) && subItem.submenu ? (
        <PopupMenu
          items={subItem.submenu.map((s) =>
            isAction(s) && s.onSelect
              ? {
                  ...s,
                  onSelect: () => {
                    onClose();
                    s.onSelect?.();
                  },
                }
              : s,
          )}
          x={openSub?.x ?? pos.left}
          y={openSub?.y ?? pos.top}
          label={subItem.label}
          isSubmenu
          onClose={() => {
            setOpenSub(null);
            ref.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
