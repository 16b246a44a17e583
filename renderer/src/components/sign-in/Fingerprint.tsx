// A SHA-256 fingerprint in two lines of sixteen groups, so it never breaks inside a group and
// two of them line up for comparing.
export function Fingerprint({ value }: { value: string }): React.JSX.Element {
  const groups = value.split(':');
  if (groups.length !== 32) return <span className="fingerprint">{value}</span>;
  return (
    <span className="fingerprint">
      {groups.slice(0, 16).join(':')}:
      <br />
      {groups.slice(16).join(':')}
    </span>
  );
}
