// "To: Name <e-mail>, ..." (ui-spec §1.4.1).
import { useDisplayNames } from '../../stores/contacts';
import { l10n } from '../../strings';

export function ToLine({ participants }: { participants: readonly string[] }): React.JSX.Element {
  const names = useDisplayNames(participants);
  return (
    <div className="to-line">
      <span className="to-line__label">{l10n.conversation.to}</span>{' '}
      {participants.map((email, i) => (
        <span key={email}>
          {i > 0 ? ', ' : ''}
          <bdi className="to-line__name">{names[i] ?? email}</bdi>{' '}
          <span className="muted">
            &lt;<bdi>{email}</bdi>&gt;
          </span>
        </span>
      ))}
    </div>
  );
}
