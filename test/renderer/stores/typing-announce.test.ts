// "X is typing" is said at most once per 30 s per person, and what it remembers to do so is
// kept small: a server naming endless typists within 30 s gets silence, not a growing table.
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TYPING_ANNOUNCE_MS } from '../../../renderer/src/app/announceEvents';
import { useAnnouncer } from '../../../renderer/src/stores/announcer';
import { connected } from '../setup';

afterEach(() => vi.restoreAllMocks());

const lastSaid = () => useAnnouncer.getState().polite.at(-1)?.text ?? '';

describe('typing announcements', () => {
  it('a flood of typists within 30 s goes quiet after 200; after 30 s one is said again', async () => {
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const bridge = await connected({
      conversations: [{ id: 'c1', participants: ['bob@x.test'], state: 'ready' }],
    });
    const typing = (i: number) => ({
      type: 'typing' as const,
      conversationId: 'c1',
      email: `t${i}@x.test`,
      name: `Typist${i}`,
    });
    act(() => bridge.emit([typing(0)]));
    expect(lastSaid()).toContain('Typist0');
    act(() => bridge.emit(Array.from({ length: 199 }, (_, i) => typing(i + 1))));
    expect(lastSaid()).toContain('Typist199');
    act(() => bridge.emit([typing(200)]));
    expect(lastSaid()).toContain('Typist199'); // the 201st within 30 s: not said
    now += TYPING_ANNOUNCE_MS;
    act(() => bridge.emit([typing(201)]));
    expect(lastSaid()).toContain('Typist201');
  });
});
