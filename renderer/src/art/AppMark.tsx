// The Tweener mark: two overlapping figures, green in front of blue. Drawn fresh for this
// project (../shared/ui-spec.md §3.4); not traced from any existing logo.
interface Props {
  size?: number;
  spinning?: boolean;
}

export function AppMark({ size = 96, spinning = false }: Props): React.JSX.Element {
  return (
    <svg
      className={spinning ? 'app-mark app-mark--spinning' : 'app-mark'}
      width={size}
      height={size}
      viewBox="0 0 48 48"
      role="img"
      aria-label="Tweener"
    >
      <g className="app-mark__back">
        <circle cx="29" cy="14" r="8" fill="#2F6FD6" stroke="#1E3E8C" strokeWidth="1.2" />
        <path d="M15 44q0-18 14-18t14 18z" fill="#2F6FD6" stroke="#1E3E8C" strokeWidth="1.2" />
      </g>
      <g className="app-mark__front">
        <circle cx="18" cy="18" r="8.5" fill="#35B12C" stroke="#1E6E18" strokeWidth="1.2" />
        <path d="M3 46q0-18 15-18t15 18z" fill="#35B12C" stroke="#1E6E18" strokeWidth="1.2" />
        <ellipse cx="15.5" cy="14.5" rx="3.4" ry="2.2" fill="#9BE58E" />
      </g>
    </svg>
  );
}
