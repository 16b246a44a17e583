// The transfer table does not grow without bound over a long session: the oldest finished
// transfers are forgotten, running ones never are (phase-2 review: unbounded maps).
import { expect, it } from 'vitest';
import { FileTransferManager } from '../../../main/msnp/filetransfer/file-transfer-manager';

function manager(maxKept: number) {
  const sent: Buffer[] = [];
  const files = new FileTransferManager(
    {
      selfEmail: () => 'alice@tweener.test',
      sendInvitation: (_conversation, payload) => void sent.push(payload),
      emit: () => undefined,
    },
    { maxKept },
  );
  return { files, sent };
}

it('forgets the oldest finished transfers beyond the bound', () => {
  const { files } = manager(3);
  const ids: string[] = [];
  for (let i = 0; i < 10; i++)
    ids.push(files.sendFile('c1', 'bob@tweener.test', `/nonexistent/f${i}`));
  const kept = files.list();
  expect(kept.length).toBe(3);
  expect(kept.every((t) => t.state === 'failed')).toBe(true);
  expect(kept.map((t) => t.id)).toEqual(ids.slice(-3));
});

it('keeps every transfer that is still running, even beyond the bound', () => {
  const { files, sent } = manager(2);
  const running = [0, 1, 2].map(() => files.sendFile('c1', 'bob@tweener.test', __filename));
  files.sendFile('c1', 'bob@tweener.test', '/nonexistent/x');
  expect(sent.length).toBe(3); // three offers went out
  const states = new Map(files.list().map((t) => [t.id, t.state]));
  for (const id of running) expect(states.get(id)).toBe('offered');
});
