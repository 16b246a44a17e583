// The QRY answer against the reference's test vectors (msnp8/README.md §7).
import { describe, expect, it } from 'vitest';
import { challengeAnswer, QRY_CLIENT_ID } from '../../../main/msnp/presence/challenge';

describe('challenge answer', () => {
  it.each([
    ['15570131571988941333', '8f2f5a91b72102cd28355e9fc9000d6e'],
    ['22299241447072743325', '20dba7e6e9817826b9cd5240cc8add99'],
    ['12345678901234567890', '8ba1bb9d6dbf624fee31a2053af5fdd0'],
    ['11111111111111111111', '3b6666b60157322b6fc6e41a115968f5'],
    ['29409134351025259292', 'd0c1178c689350104350d99f8c36ed9c'],
  ])('%s → %s', (challenge, answer) => {
    expect(challengeAnswer(challenge)).toBe(answer);
  });

  it('supports the MSN 6 pair too', () => {
    expect(challengeAnswer('15570131571988941333', 'VT6PX?UQTM4WM%YR')).toBe(
      'ca90e6a7c94a14aae7b3ae0f6018433e',
    );
    expect(QRY_CLIENT_ID).toBe('msmsgs@msnmsgr.com');
  });
});
