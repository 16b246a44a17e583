// A file transfer inline in the transcript: offer with Accept/Decline (incoming), progress with
// Cancel, and the outcome.
import { useConversations } from '../../stores/conversations';
import { displayName, useContacts } from '../../stores/contacts';
import { useSession } from '../../stores/session';
import { en } from '../../strings/en';
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
          ? isolate(en.transfer.offerIn, peerName, t.fileName, size)
          : isolate(en.transfer.offerOut, t.fileName, size);
      actions =
        t.direction === 'in' ? (
          <>
            <button type="button" className="link-button" onClick={() => void accept(t.id)}>
              {en.transfer.accept}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => void decline(t.id)}>
              {en.transfer.decline}
            </button>
          </>
        ) : (
          <button type="button" className="link-button" onClick={() => void cancel(t.id)}>
            {en.transfer.cancel}
          </button>
        );
      break;
    case 'accepted':
    case 'connecting':
    case 'transferring':
      text = isolate(en.transfer.progress, t.fileName, pct);
      actions = (
        <button type="button" className="link-button" onClick={() => void cancel(t.id)}>
          {en.transfer.cancel}
        </button>
      );
      break;
    case 'completed':
      text = (
        <>
          {isolate(en.transfer.completed, t.fileName)}
          {t.savedPath ? <> {isolate(en.transfer.savedTo, t.savedPath)}</> : null}
        </>
      );
      // Web harness: the page cannot open a path on the harness's disk; it downloads a copy.
      actions = t.downloadUrl ? (
        <a className="link-button" href={t.downloadUrl} download={t.fileName}>
          {en.transfer.download}
        </a>
      ) : electron && t.direction === 'in' && t.savedPath ? (
        // Electron: main opens the folder of the path it saved (files:reveal takes the id only).
        <button type="button" className="link-button" onClick={() => void reveal(t.id)}>
          {en.transfer.openFolder}
        </button>
      ) : null;
      break;
    case 'declined':
      text = isolate(en.transfer.declined, t.fileName);
      break;
    case 'cancelled':
      text = isolate(en.transfer.cancelled, t.fileName);
      break;
    case 'failed':
      text = isolate(en.transfer.failed, t.fileName, t.error ?? '');
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
