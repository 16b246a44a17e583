// A file transfer inline in the transcript: offer with Accept/Decline (incoming), progress with
// Cancel, and the outcome.
import { useConversations } from '../../stores/conversations';
import { displayName, useContacts } from '../../stores/contacts';
import { useSession } from '../../stores/session';
import { l10n } from '../../strings';
import { isolate } from '../isolate';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function TransferLine({ transferId }: { transferId: string }): React.JSX.Element | null {
  const t = useConversations((s) => s.transfers[transferId]);
  const accept = useConversations((s) => s.acceptFile);
  const decline = useConversations((s) => s.declineFile);
  const cancel = useConversations((s) => s.cancelFile);
  const reveal = useConversations((s) => s.revealFile);
  const electron = useSession((s) => s.platform === 'electron');
  const peerName = useContacts((s) =>
    t ? displayName(s.nicknames, t.peer, s.byEmail[t.peer]) : '',
  );
  if (!t) return null;
  const size = formatSize(t.size);
  const pct = t.size > 0 ? Math.floor((t.transferred / t.size) * 100) : 0;
  let text: React.ReactNode;
  let actions: React.ReactNode = null;
  switch (t.state) {
    case 'offered':
      text =
        t.direction === 'in'
          ? isolate(l10n.transfer.offerIn, { name: peerName, file: t.fileName, size })
          : isolate(l10n.transfer.offerOut, { file: t.fileName, size });
      actions =
        t.direction === 'in' ? (
          <>
            <button type="button" className="link-button" onClick={() => void accept(t.id)}>
              {l10n.transfer.accept}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => void decline(t.id)}>
              {l10n.transfer.decline}
            </button>
          </>
        ) : (
          <button type="button" className="link-button" onClick={() => void cancel(t.id)}>
            {l10n.transfer.cancel}
          </button>
        );
      break;
    case 'accepted':
    case 'connecting':
    case 'transferring':
      text = isolate(l10n.transfer.progress, { file: t.fileName, pct });
      actions = (
        <button type="button" className="link-button" onClick={() => void cancel(t.id)}>
          {l10n.transfer.cancel}
        </button>
      );
      break;
    case 'completed':
      text = (
        <>
          {isolate(l10n.transfer.completed, { file: t.fileName })}
          {t.savedPath ? <> {isolate(l10n.transfer.savedTo, { path: t.savedPath })}</> : null}
        </>
      );
      // Web harness: the page cannot open a path on the harness's disk; it downloads a copy.
      actions = t.downloadUrl ? (
        <a className="link-button" href={t.downloadUrl} download={t.fileName}>
          {l10n.transfer.download}
        </a>
      ) : electron && t.direction === 'in' && t.savedPath ? (
        // Electron: main opens the folder of the path it saved (files:reveal takes the id only).
        <button type="button" className="link-button" onClick={() => void reveal(t.id)}>
          {l10n.transfer.openFolder}
        </button>
      ) : null;
      break;
    case 'declined':
      text = isolate(l10n.transfer.declined, { file: t.fileName });
      break;
    case 'cancelled':
      text = isolate(l10n.transfer.cancelled, { file: t.fileName });
      break;
    case 'failed':
      text = isolate(l10n.transfer.failed, { file: t.fileName, why: t.error ?? '' });
      break;
  }
  const busy = t.state === 'transferring' || t.state === 'connecting' || t.state === 'accepted';
  return (
    <div className="system-line transfer-line" data-state={t.state}>
      <span>{text}</span> {actions}
      {busy ? <progress max={100} value={pct} aria-label={t.fileName} /> : null}
    </div>
  );
}
