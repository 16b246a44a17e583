// "N new e-mail messages", only when the network reported a mailbox (ui-spec §1.3.1).
import { useSession } from '../../stores/session';
import { l10n } from '../../strings';
import { emoticonSrc } from '../../emoticons/art';

export function MailLine(): React.JSX.Element | null {
  const mail = useSession((s) => s.mail);
  if (!mail || (mail.inboxUnread === 0 && mail.foldersUnread === 0)) return null;
  const n = mail.inboxUnread;
  const text =
    n === 0 ? l10n.header.mailNone : n === 1 ? l10n.header.mailOne : l10n.header.mailMany({ n });
  return (
    <div className="mail-line" role="status">
      <img src={emoticonSrc('email')} alt="" width={16} height={16} />
      <span>{text}</span>
    </div>
  );
}
