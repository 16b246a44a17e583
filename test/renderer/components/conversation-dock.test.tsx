// The web harness's conversation tabs: closing one leaves the conversation in main, as closing
// an Electron conversation window does (main counts conversations not left against its cap).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useUi } from '../../../renderer/src/stores/ui';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => cleanup());

const bob = contact('bob@x.test', 'Bob');

describe('conversation dock (web harness)', () => {
  it('closing a tab leaves its conversation; the other tab stays', async () => {
    const bridge = await connected({
      platform: 'web',
      contacts: [bob, contact('amy@x.test', 'Amy')],
      conversations: [
        { id: 'c1', participants: ['bob@x.test'], state: 'ready' },
        { id: 'c2', participants: ['amy@x.test'], state: 'ready' },
      ],
    });
    render(<App />);
    act(() => {
      useUi.getState().showConversation('c1');
      useUi.getState().showConversation('c2');
    });
    fireEvent.click(await screen.findByTitle('Close conversation: Bob'));
    expect(bridge.requests.filter((r) => r.channel === 'conversations:leave')).toEqual([
      { channel: 'conversations:leave', input: { conversationId: 'c1' } },
    ]);
    expect(useUi.getState().tabs).toEqual(['c2']);
    expect(screen.queryByTitle('Close conversation: Bob')).toBeNull();
    expect(screen.getByTitle('Close conversation: Amy')).toBeTruthy();
  });
});
