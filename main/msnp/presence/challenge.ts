// The answer to a CHL challenge. reference: msnp8/README.md §7
import { createHash } from 'node:crypto';

/** msnp8/README.md §7: the MSN Messenger 5.x pair, accepted by MSNP8-era servers. */
export const QRY_CLIENT_ID = 'msmsgs@msnmsgr.com';
export const QRY_CLIENT_KEY = 'Q1P7W2E4J9R8U3S5';

/** Lower-case hex MD5 of challenge + key over ASCII bytes: the 32-byte QRY payload. */
export function challengeAnswer(challenge: string, key: string = QRY_CLIENT_KEY): string {
  return createHash('md5')
    .update(challenge + key, 'latin1')
    .digest('hex');
}
