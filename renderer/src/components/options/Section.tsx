// A captioned section with the classic etched rule after its caption.
export function Section({
  caption,
  children,
}: {
  caption: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <fieldset className="options-section" style={{ border: 0, padding: 0 }}>
      <legend className="options-section__caption" style={{ width: '100%', padding: 0 }}>
        {caption}
      </legend>
      {children}
    </fieldset>
  );
}

export function SettingCheck({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
