// The certificate a sign-in stopped at (login.md §5.6): what it is, why it did not verify,
// and the person's explicit choice to trust exactly it for this network, or Cancel.
import { useEffect, useRef } from 'react';
import type { CertificateDetails } from '@shared/domain';
import { formatDateTime, l10n } from '../../strings';
import { Dialog } from '../dialogs/Dialog';
import { Fingerprint } from './Fingerprint';
import './CertificateDialog.css';

const when = (iso: string): string => (iso ? formatDateTime(new Date(iso)) : l10n.dialogs.none);

export function CertificateDialog({
  certificate,
  network,
  onTrust,
  onCancel,
}: {
  certificate: CertificateDetails;
  network: string;
  onTrust: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const cancel = useRef<HTMLButtonElement>(null);
  // Cancel, not Trust, has the focus: Enter must never trust a certificate by accident.
  // (This effect runs after the Dialog's own, which focuses its first button.)
  useEffect(() => cancel.current?.focus(), []);
  const rows: [string, string, string?][] = [
    [l10n.certificate.host, `${certificate.host}:${certificate.port}`],
    [l10n.certificate.subject, certificate.subject],
    [l10n.certificate.issuer, certificate.issuer],
    [l10n.certificate.validFrom, when(certificate.validFrom)],
    [l10n.certificate.validTo, when(certificate.validTo)],
    [l10n.certificate.fingerprint, certificate.sha256, 'fingerprint'],
  ];
  return (
    <Dialog
      title={l10n.certificate.title}
      wide
      onClose={onCancel}
      buttons={
        <>
          <button type="button" className="button" onClick={onTrust}>
            {l10n.certificate.trust({ network })}
          </button>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {l10n.dialogs.cancel}
          </button>
        </>
      }
    >
      <p>{l10n.certificate.intro({ host: certificate.host })}</p>
      <p className="certificate__reason">
        <strong>{l10n.certificate.reason}</strong> {l10n.certificate.problems[certificate.problem]}{' '}
        <span className="muted">({certificate.code})</span>
      </p>
      <dl className="certificate__details">
        {rows.map(([label, value, className]) => [
          <dt key={`${label}-t`}>{label}</dt>,
          <dd key={`${label}-d`}>
            {className ? <Fingerprint value={value} /> : <bdi>{value || '—'}</bdi>}
          </dd>,
        ])}
      </dl>
      {certificate.problem === 'expired' || certificate.problem === 'notYetValid' ? (
        <p className="muted">{l10n.signIn.clockHint}</p>
      ) : null}
      <p className="certificate__meaning">{l10n.certificate.meaning({ network })}</p>
    </Dialog>
  );
}
