// Whatever a request rejects with, the person reads words: the bridge's message, Electron's
// invoke prefix stripped, and a plain sentence when there is nothing to show.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../../renderer/src/stores/client';
import { usePreferences } from '../../../renderer/src/stores/preferences';
import { useUi } from '../../../renderer/src/stores/ui';
import { l10n } from '../../../renderer/src/strings';
import { connected } from '../setup';

describe('request failures read as words', () => {
  it.each([
    [{ code: 'failed', message: 'The server is busy.' }, 'The server is busy.'],
    [new Error("Error invoking remote method 'msn:x': Error: Not allowed."), 'Not allowed.'],
    ['plain text', 'plain text'],
    [undefined, l10n.notices.unknownFailure],
    [{ message: '' }, l10n.notices.unknownFailure],
    [{ code: 42 }, l10n.notices.unknownFailure],
    [null, l10n.notices.unknownFailure],
  ])('%j → %s', (error, words) => {
    expect(messageOf(error)).toBe(words);
  });

  it('a rejected request becomes a notice; a refused setting is put back', async () => {
    const bridge = await connected();
    bridge.answers['settings:update'] = () => {
      throw undefined;
    };
    const before = usePreferences.getState().settings.showEmoticons;
    let ok = true;
    await act(async () => {
      ok = await usePreferences.getState().update({ showEmoticons: !before });
    });
    expect(ok).toBe(false);
    expect(usePreferences.getState().settings.showEmoticons).toBe(before);
    expect(useUi.getState().notices.at(-1)?.text).toBe(
      l10n.notices.requestFailed({ what: l10n.notices.unknownFailure }),
    );
  });
});
