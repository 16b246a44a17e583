// A quiet line under the contact list when this sign-in went through the HTTP gateway
// (msnp8 http-gateway.md §4: the connection details say which way the client is connected).
import { useSession } from '../../stores/session';
import { l10n } from '../../strings';

export function ConnectionVia(): React.JSX.Element | null {
  const via = useSession((s) => (s.session.phase === 'online' ? s.session.via : undefined));
  if (via !== 'gateway') return null;
  return <p className="connection-via muted">{l10n.connection.viaGateway}</p>;
}
