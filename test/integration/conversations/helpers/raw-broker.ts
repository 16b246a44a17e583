// A test-only SwitchboardBroker on a bare MsnpConnection to the local network's NS: the
// minimum of login.md (VER/CVR/USR TWN + Passport) and a first CHG, then XFR SB and RNG.
// Used to test the switchboard layer on its own, independent of MsnClient.
import { decodeParam } from '../../../../main/msnp/codec';
import { MsnpConnection } from '../../../../main/msnp/connection';
import type {
  SwitchboardBroker,
  SwitchboardGrant,
  SwitchboardInvite,
} from '../../../../main/msnp/switchboard/broker';
import { passportTicket } from '../../../server/helpers/passport-client';
import type { LocalNetwork } from '../../../server';

function hostPort(text: string): { host: string; port: number } {
  const colon = text.lastIndexOf(':');
  return colon < 0
    ? { host: text, port: 1863 }
    : { host: text.slice(0, colon), port: Number(text.slice(colon + 1)) };
}

export class RawBroker implements SwitchboardBroker {
  private readonly ringListeners = new Set<(invite: SwitchboardInvite) => void>();
  private online = false;
  private name: string;

  private constructor(
    readonly selfEmail: string,
    readonly ns: MsnpConnection,
  ) {
    this.name = selfEmail;
    ns.on('command', (command) => {
      if (command.name !== 'RNG') return;
      // reference: switchboard.md §2.1 — RNG <session-id> <host:port> CKI <cookie> <email> <name>
      const [sessionId, address, , authCookie, callerEmail, callerName] = command.params;
      if (!sessionId || !address || !authCookie || !callerEmail) return;
      const invite = {
        sessionId,
        ...hostPort(address),
        authCookie,
        callerEmail,
        callerName: decodeParam(callerName ?? callerEmail),
      };
      for (const listener of this.ringListeners) listener(invite);
    });
  }

  static async signIn(net: LocalNetwork, email: string, password = 'tweener'): Promise<RawBroker> {
    const ns = await MsnpConnection.connect(net.host, net.nsPort);
    await ns.request('VER', ['MSNP8', 'CVR0']);
    await ns.request('CVR', [
      '0x0409',
      'winnt',
      '5.1',
      'i386',
      'MSNMSGR',
      '5.0.0544',
      'MSMSGS',
      email,
    ]);
    const challenge = await ns.request('USR', ['TWN', 'I', email]);
    const policy = challenge.params[2] ?? '';
    const ticket = await passportTicket(net.nexusUrl, net.caCertPem, email, password, policy);
    const ok = await ns.request('USR', ['TWN', 'S', ticket]);
    const broker = new RawBroker(email, ns);
    broker.name = decodeParam(ok.params[2] ?? email);
    await broker.setStatus('NLN');
    return broker;
  }

  async setStatus(status: string): Promise<void> {
    await this.ns.request('CHG', [status, '0']);
    this.online = status !== 'HDN';
  }

  selfName(): string {
    return this.name;
  }
  isOnline(): boolean {
    return this.online && this.ns.isOpen;
  }
  async requestSwitchboard(): Promise<SwitchboardGrant> {
    // reference: switchboard.md §1.1 — XFR <TrID> SB <host:port> CKI <cookie>
    const reply = await this.ns.request('XFR', ['SB']);
    return { ...hostPort(reply.params[1] ?? ''), authCookie: reply.params[3] ?? '' };
  }
  onRing(listener: (invite: SwitchboardInvite) => void): () => void {
    this.ringListeners.add(listener);
    return () => this.ringListeners.delete(listener);
  }
  contactName(email: string): string {
    return email;
  }
  close(): void {
    this.ns.close();
  }
}
