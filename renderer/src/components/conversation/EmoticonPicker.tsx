// The emoticon grid (ui-spec §4.2): 10 columns, arrows move, Enter inserts, Esc closes.
import { useEffect, useRef, useState } from 'react';
import { emoticonSrc } from '../../emoticons/art';
import { PICKER_EMOTICONS } from '../../emoticons/table';
import { l10n } from '../../strings';

const COLUMNS = 10;
const ROWS = Array.from({ length: Math.ceil(PICKER_EMOTICONS.length / COLUMNS) }, (_, row) => row);

interface Props {
  onPick: (shortcut: string) => void;
  onClose: () => void;
}

export function EmoticonPicker({ onPick, onClose }: Props): React.JSX.Element {
  const [active, setActive] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-index="${active}"]`)?.focus();
  }, [active]);
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const last = PICKER_EMOTICONS.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: COLUMNS,
      ArrowUp: -COLUMNS,
    };
    const delta = moves[event.key];
    if (delta !== undefined) {
      setActive((i) => Math.max(0, Math.min(last, i + delta)));
      event.preventDefault();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      ref={gridRef}
      className="emoticon-picker"
      role="grid"
      aria-label={l10n.conversation.emoticons}
      onKeyDown={onKeyDown}
    >
      {/* A grid holds rows of cells (WAI-ARIA grid); the rows do not change the layout. */}
      {ROWS.map((row) => (
        <div key={row} role="row" className="emoticon-picker__row">
          {PICKER_EMOTICONS.slice(row * COLUMNS, (row + 1) * COLUMNS).map((e, column) => {
            const i = row * COLUMNS + column;
            const shortcut = e.shortcuts[0] ?? '';
            return (
              <button
                key={e.id}
                type="button"
                role="gridcell"
                data-index={i}
                tabIndex={i === active ? 0 : -1}
                className="emoticon-picker__cell"
                title={`${e.name}  ${shortcut}`}
                aria-label={`${e.name} ${shortcut}`}
                onClick={() => onPick(shortcut)}
              >
                <img src={emoticonSrc(e.id)} alt="" width={19} height={19} />
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
