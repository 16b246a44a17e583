// CHL/QRY challenges (msnp8/README.md §7).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useNetwork } from './helpers/network';
import { signIn } from './helpers/sign-in';

const answer = (challenge: string, key = 'Q1P7W2E4J9R8U3S5') =>
  createHash('md5')
    .update(challenge + key, 'ascii')
    .digest('hex');

const net = useNetwork();

describe('challenge', () => {
  it('accepts the right MD5 answer with QRY <TrID>', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    const result = net.faults.challenge('alice@tweener.test');
    const { match } = await client.expectLine(/^CHL 0 (\d{20})$/);
    client.sendRaw(`QRY 20 msmsgs@msnmsgr.com 32\r\n${answer(match[1] ?? '')}`); // no CR LF after
    await client.expectLine(/^QRY 20$/);
    await expect(result).resolves.toBe(true);
    client.send('PNG'); // still connected and in sync
    await client.expectLine(/^QNG$/);
  });

  it('answers a wrong answer with 540 and disconnects', async () => {
    const { client } = await signIn(net, 'alice@tweener.test');
    const result = net.faults.challenge('alice@tweener.test');
    const { match } = await client.expectLine(/^CHL 0 (\d{20})$/);
    client.sendRaw(`QRY 21 msmsgs@msnmsgr.com 32\r\n${answer(match[1] ?? '', 'wrong-key')}`);
    await client.expectLine(/^540 21$/);
    await client.expectClose();
    await expect(result).resolves.toBe(false);
  });

  it('matches the reference test vector', () => {
    expect(answer('15570131571988941333')).toBe('8f2f5a91b72102cd28355e9fc9000d6e');
  });

  it('resolves false for an account that is not signed in', async () => {
    await expect(net.faults.challenge('bob@tweener.test')).resolves.toBe(false);
  });
});
