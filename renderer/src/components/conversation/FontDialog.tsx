// Change My Message Font (ui-spec §1.4.5): face, style, effects, colour grid, preview.
import { l10n } from '../../strings';
import { useId, useState } from 'react';
import type { MessageFormat } from '@shared/domain';
import { useAppliedTheme } from '../../app/theme';
import { usePreferences } from '../../stores/preferences';
import { Dialog, FormButtons } from '../dialogs/Dialog';
import { formatStyle } from './formatStyle';

const FACES = [
  'Tahoma',
  'Verdana',
  'Arial',
  'Comic Sans MS',
  'Courier New',
  'Georgia',
  'Times New Roman',
  'Trebuchet MS',
];
// The classic 16 colours.
export const SWATCHES = [
  '#000000',
  '#808080',
  '#800000',
  '#808000',
  '#008000',
  '#008080',
  '#000080',
  '#800080',
  '#ffffff',
  '#c0c0c0',
  '#ff0000',
  '#ffff00',
  '#00ff00',
  '#00ffff',
  '#0000ff',
  '#ff00ff',
];

export function FontDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  const current = usePreferences((s) => s.format);
  const setFormat = usePreferences((s) => s.setFormat);
  const [draft, setDraft] = useState<MessageFormat>(current);
  const formId = useId();
  const theme = useAppliedTheme();
  const set = (patch: Partial<MessageFormat>): void => setDraft((d) => ({ ...d, ...patch }));
  return (
    <Dialog
      title={l10n.font.title}
      onClose={onClose}
      buttons={
        <FormButtons form={formId} label={l10n.dialogs.ok} disabled={false} onCancel={onClose} />
      }
    >
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          setFormat(draft);
          onClose();
        }}
      >
        <label className="field">
          <span>{l10n.font.face}</span>
          <select value={draft.font} onChange={(e) => set({ font: e.target.value })}>
            {(FACES.includes(draft.font) ? FACES : [draft.font, ...FACES]).map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="font-effects">
          <legend>{l10n.font.style}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.bold}
              onChange={(e) => set({ bold: e.target.checked })}
            />
            {l10n.font.bold}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.italic}
              onChange={(e) => set({ italic: e.target.checked })}
            />
            {l10n.font.italic}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.underline}
              onChange={(e) => set({ underline: e.target.checked })}
            />
            {l10n.font.underline}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.strikethrough}
              onChange={(e) => set({ strikethrough: e.target.checked })}
            />
            {l10n.font.strikethrough}
          </label>
        </fieldset>
        <div className="field">
          <span id="font-color-label">{l10n.font.color}</span>
          <div className="swatches" role="radiogroup" aria-labelledby="font-color-label">
            {SWATCHES.map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={draft.color.toLowerCase() === c}
                aria-label={c}
                className="swatch"
                style={{ background: c }}
                onClick={() => set({ color: c })}
              />
            ))}
          </div>
        </div>
        <div
          className="font-preview"
          style={formatStyle(draft, theme)}
          aria-label={l10n.font.sample}
        >
          {l10n.font.preview}
        </div>
      </form>
    </Dialog>
  );
}
