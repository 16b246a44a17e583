// What importing a network file will add, shown before anything is added: its addresses,
// its certificate authority and the fingerprint of its pinned certificate.
import type { NetworkImportPreview } from '@shared/ipc/network-file';
import { en } from '../../strings/en';
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
    [en.networkFile.name, profile.name],
    [en.networkFile.server, `${profile.host}:${profile.port}`],
    [en.networkFile.passport, profile.nexusUrl ?? profile.loginUrl ?? ''],
    [en.networkFile.switchboard, profile.switchboardAddress ?? en.networkFile.none],
    [en.networkFile.ca, ca ? ca.subject : en.networkFile.none],
    ...(ca
      ? [[en.networkFile.caFingerprint, ca.sha256, 'fingerprint'] as [string, string, string]]
      : []),
    [
      en.networkFile.pin,
      profile.pinnedCertSha256 ?? en.networkFile.none,
      profile.pinnedCertSha256 ? 'fingerprint' : undefined,
    ],
  ];
  return (
    <div className="import-preview" role="region" aria-label={en.networkFile.previewTitle}>
      <strong>{en.networkFile.previewTitle}</strong>
      <p className="muted">{en.networkFile.previewIntro}</p>
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
          {en.networkFile.add}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {en.dialogs.cancel}
        </button>
      </div>
    </div>
  );
}
