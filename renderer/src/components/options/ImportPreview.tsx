// What importing a network file will add, shown before anything is added: its addresses,
// its certificate authority and the fingerprint of its pinned certificate.
import type { NetworkImportPreview } from '@shared/ipc/network-file';
import { l10n } from '../../strings';
import { Fingerprint } from '../sign-in/Fingerprint';
import '../sign-in/CertificateDialog.css';

export function ImportPreview({
  preview,
  onAdd,
  onCancel,
}: {
  preview: NetworkImportPreview;
  onAdd: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { profile, ca } = preview;
  const rows: [string, string, string?][] = [
    [l10n.networkFile.name, profile.name],
    [l10n.networkFile.server, `${profile.host}:${profile.port}`],
    [l10n.networkFile.passport, profile.nexusUrl ?? profile.loginUrl ?? ''],
    [l10n.networkFile.switchboard, profile.switchboardAddress ?? l10n.networkFile.none],
    [l10n.networkFile.ca, ca ? ca.subject : l10n.networkFile.none],
    ...(ca
      ? [[l10n.networkFile.caFingerprint, ca.sha256, 'fingerprint'] as [string, string, string]]
      : []),
    [
      l10n.networkFile.pin,
      profile.pinnedCertSha256 ?? l10n.networkFile.none,
      profile.pinnedCertSha256 ? 'fingerprint' : undefined,
    ],
  ];
  return (
    <div className="import-preview" role="region" aria-label={l10n.networkFile.previewTitle}>
      <strong>{l10n.networkFile.previewTitle}</strong>
      <p className="muted">{l10n.networkFile.previewIntro}</p>
      <dl className="certificate__details">
        {rows.map(([label, value, className]) => [
          <dt key={`${label}-t`}>{label}</dt>,
          <dd key={`${label}-d`}>
            {className ? <Fingerprint value={value} /> : <bdi>{value}</bdi>}
          </dd>,
        ])}
      </dl>
      <div className="check">
        <button type="button" className="button" onClick={onAdd}>
          {l10n.networkFile.add}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {l10n.dialogs.cancel}
        </button>
      </div>
    </div>
  );
}
