// Original status figures on a 16×16 grid (../shared/ui-spec.md §3.4). Decorative: the words
// beside them carry the meaning, so they are aria-hidden.
import type { StatusIcon as StatusIconKind } from '../status/statusDisplay';

const COLORS: Record<StatusIconKind, { body: string; outline: string }> = {
  online: { body: '#35B12C', outline: '#1E6E18' },
  busy: { body: '#35B12C', outline: '#1E6E18' },
  away: { body: '#35B12C', outline: '#1E6E18' },
  offline: { body: '#9B9B9B', outline: '#6B6B6B' },
  hidden: { body: '#C4C4C4', outline: '#6B6B6B' },
};

interface Props {
  kind: StatusIconKind;
  blocked?: boolean;
  size?: number;
}

export function StatusIcon({ kind, blocked = false, size = 16 }: Props): React.JSX.Element {
  const { body, outline } = COLORS[kind];
  const dashed = kind === 'hidden' ? '1.2 1' : undefined;
  return (
    <svg
      className="status-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-kind={kind}
      data-blocked={blocked || undefined}
    >
      <circle cx="6.5" cy="4.6" r="3" fill={body} stroke={outline} strokeDasharray={dashed} />
      <path
        d="M1.5 14.5q0-6.4 5-6.4t5 6.4z"
        fill={body}
        stroke={outline}
        strokeDasharray={dashed}
      />
      {kind === 'online' || kind === 'busy' || kind === 'away' ? (
        <ellipse cx="5.5" cy="3.6" rx="1.2" ry=".8" fill="#9BE58E" />
      ) : null}
      {kind === 'busy' ? (
        <g>
          <circle cx="12" cy="12" r="3.6" fill="#D9302B" stroke="#8E1512" />
          <rect x="9.8" y="11.3" width="4.4" height="1.4" fill="#fff" />
        </g>
      ) : null}
      {kind === 'away' ? (
        <g>
          <circle cx="12" cy="12" r="3.6" fill="#F0A417" stroke="#A06400" />
          <path d="M12 9.9V12h1.8" stroke="#fff" strokeWidth="1.1" fill="none" />
        </g>
      ) : null}
      {blocked ? (
        <g stroke="#CC1B1B" strokeWidth="1.5" fill="none">
          <circle cx="8" cy="8" r="6.8" />
          <path d="M3.2 3.2l9.6 9.6" />
        </g>
      ) : null}
    </svg>
  );
}
