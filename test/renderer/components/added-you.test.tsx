import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(cleanup);

describe('"has added you" prompt', () => {
  it('defaults to allow and add; OK answers and shows the next person', async () => {
    const bridge = await connected({ pendingAddedBy: [{ email: 'carol@x.test', name: 'Carol' }] });
    render(<App />);
    act(() => bridge.emit([{ type: 'addedBy', email: 'dan@x.test', name: 'Dan' }]));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain(
      'Carol (carol@x.test) has added you to their contact list.',
    );
    expect((within(dialog).getByLabelText(/Allow this person/) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      (within(dialog).getByLabelText('Add this person to my contact list') as HTMLInputElement)
        .checked,
    ).toBe(true);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    });
    expect(bridge.last('contacts:answerAddedBy')).toEqual({
      email: 'carol@x.test',
      allow: true,
      addToList: true,
    });
    expect(screen.getByRole('dialog').textContent).toContain('Dan (dan@x.test)');
  });

  it('Block answers with allow false and does not add', async () => {
    const bridge = await connected({ pendingAddedBy: [{ email: 'eve@x.test', name: 'Eve' }] });
    render(<App />);
    fireEvent.click(screen.getByLabelText(/Block this person/));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    });
    expect(bridge.last('contacts:answerAddedBy')).toEqual({
      email: 'eve@x.test',
      allow: false,
      addToList: false,
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closing decides later without answering', async () => {
    const bridge = await connected({ pendingAddedBy: [{ email: 'eve@x.test', name: 'Eve' }] });
    render(<App />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.last('contacts:answerAddedBy')).toBeUndefined();
  });
});
