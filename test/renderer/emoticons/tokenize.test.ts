import { describe, expect, it } from 'vitest';
import { tokenizeEmoticons } from '../../../renderer/src/emoticons/tokenize';

const shape = (text: string): string =>
  tokenizeEmoticons(text)
    .map((t) =>
      t.kind === 'emoticon' ? `[${t.emoticon.id}]` : t.kind === 'link' ? `<${t.text}>` : t.text,
    )
    .join('');

describe('tokenizeEmoticons', () => {
  it('takes the longest shortcut: <:o) is the party face, not < and surprised', () => {
    expect(shape('<:o)')).toBe('[party]');
  });

  it('matches (S) only as a capital, so friend(s) stays text', () => {
    expect(shape('good night (S)')).toBe('good night [moon]');
    expect(shape('my friend(s)')).toBe('my friend(s)');
  });

  it('prefers :-( over :( and leaves the extra bracket', () => {
    expect(shape(':-((')).toBe('[sad](');
  });

  it('replaces anywhere, like the original (401(k) becomes lips)', () => {
    expect(shape('401(k)')).toBe('401[lips]');
  });

  it('leaves shortcuts inside links alone', () => {
    expect(shape('see http://x.com/(b) (b)')).toBe('see <http://x.com/(b)> [beer]');
    expect(tokenizeEmoticons('www.x.test')[0]).toEqual({
      kind: 'link',
      text: 'www.x.test',
      url: 'http://www.x.test',
    });
  });

  it('handles adjacent shortcuts and shortcuts at both ends', () => {
    expect(shape('(Y)(Y)')).toBe('[thumbsup][thumbsup]');
    expect(shape(':)hi:D')).toBe('[smile]hi[grin]');
  });

  it('is case-insensitive for letters, and keeps the typed text as alt text', () => {
    const tokens = tokenizeEmoticons('(y) :d');
    expect(tokens.map((t) => t.text)).toEqual(['(y)', ' ', ':d']);
    expect(tokens[0]?.kind).toBe('emoticon');
  });

  it('does not treat later-tier shortcuts as emoticons by default', () => {
    expect(shape('(nah)')).toBe('(nah)');
  });

  it('returns plain text unchanged when nothing matches', () => {
    expect(tokenizeEmoticons('hello there')).toEqual([{ kind: 'text', text: 'hello there' }]);
  });
});
