import { describe, expect, it } from 'vitest';
import { emoticonSrc, hasArt } from '../../../renderer/src/emoticons/art';
import { EMOTICONS, PICKER_EMOTICONS } from '../../../renderer/src/emoticons/table';

describe('emoticon art', () => {
  it('draws every emoticon of the table with its own SVG', () => {
    const missing = EMOTICONS.filter((e) => !hasArt(e.id)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('serves 19×19 SVG data URIs', () => {
    const src = emoticonSrc('smile');
    expect(src.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(src)).toContain('viewBox="0 0 19 19"');
  });

  it('keeps hidden and later ones out of the picker', () => {
    const ids = PICKER_EMOTICONS.map((e) => e.id);
    expect(ids).toContain('smile');
    expect(ids).not.toContain('asl');
    expect(ids).not.toContain('goat');
  });

  it('has no duplicate shortcuts', () => {
    const all = EMOTICONS.flatMap((e) =>
      e.shortcuts.map((s) => (e.caseSensitive ? s : s.toLowerCase())),
    );
    expect(new Set(all).size).toBe(all.length);
  });
});
