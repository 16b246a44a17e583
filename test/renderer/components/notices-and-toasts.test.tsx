// Notices and toasts go away on their own (8 s and 5 s), never while the pointer rests on
// them, and at once with ×.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useUi } from '../../../renderer/src/stores/ui';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('notices and toasts', () => {
  it('a notice stays while hovered, then leaves 8 s after the pointer does', async () => {
    await connected({ platform: 'web' });
    render(<App />);
    vi.useFakeTimers();
    act(() => useUi.getState().notify('error', 'The server did not answer.'));
    const line = screen.getByText('The server did not answer.').parentElement as HTMLElement;
    fireEvent.mouseEnter(line);
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.queryByText('The server did not answer.')).not.toBeNull();
    fireEvent.mouseLeave(line);
    act(() => vi.advanceTimersByTime(7_900));
    expect(screen.queryByText('The server did not answer.')).not.toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByText('The server did not answer.')).toBeNull();
  });

  it('a toast leaves after 5 s, or at once with ×', async () => {
    await connected({ platform: 'web' });
    render(<App />);
    vi.useFakeTimers();
    const toast = (id: string, text: string) => ({
      id,
      kind: 'signIn' as const,
      title: 'Tweener',
      text,
    });
    act(() => {
      useUi.getState().addToast(toast('a', 'Amy has just signed in.'));
      useUi.getState().addToast(toast('b', 'Bob has just signed in.'));
    });
    const closeButtons = screen.getAllByRole('button', { name: 'Dismiss' });
    fireEvent.click(closeButtons[closeButtons.length - 1] as HTMLElement);
    expect(screen.queryByText('Bob has just signed in.')).toBeNull();
    expect(screen.queryByText('Amy has just signed in.')).not.toBeNull();
    act(() => vi.advanceTimersByTime(5_100));
    expect(screen.queryByText('Amy has just signed in.')).toBeNull();
  });
});
