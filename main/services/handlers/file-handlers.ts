// File transfers: send (native dialog, or bytes from the harness page), answer, cancel, reveal.
import { MAX_SEND_DATA_BYTES } from '@shared/ipc/limits';
import { ServiceError } from '../service-error';
import type { HandlerContext, HandlerGroup } from './context';

type FileChannel =
  | 'files:send'
  | 'files:sendData'
  | 'files:accept'
  | 'files:decline'
  | 'files:cancel'
  | 'files:reveal';

export function fileHandlers(ctx: HandlerContext): HandlerGroup<FileChannel> {
  const { registry, desktop, outgoing, settings } = ctx;
  // A transfer or conversation names its account, and must be of its current sign-in.
  const forTransfer = (transferId: string) =>
    registry.forTransfer(transferId).clientForTransfer(transferId);
  const forConversation = (conversationId: string) =>
    registry.forConversation(conversationId).clientFor(conversationId);
  return {
    'files:send': async ({ conversationId, path }) => {
      const chosen = await desktop.files.chooseFile(path);
      if (chosen === null) return null;
      return { transferId: forConversation(conversationId).sendFile(conversationId, chosen) };
    },
    'files:sendData': async ({ conversationId, fileName, data }, origin) => {
      // Electron windows have the native dialog; only the harness page hands over bytes.
      if (origin.transport !== 'web') {
        throw new ServiceError('forbidden', 'Choose the file in the Send Files dialog.');
      }
      const bytes = Buffer.from(data, 'base64');
      if (bytes.length > MAX_SEND_DATA_BYTES) {
        throw new ServiceError('invalid', 'Files larger than 50 MB cannot be sent from here.');
      }
      const core = forConversation(conversationId);
      const path = await outgoing.write(fileName, bytes);
      let transferId: string;
      try {
        transferId = core.sendFile(conversationId, path);
      } catch (error) {
        await outgoing.discard(path);
        throw error;
      }
      const state = core.transfer(transferId)?.state;
      outgoing.track(transferId, path, state);
      return { transferId };
    },
    'files:accept': ({ transferId }) =>
      forTransfer(transferId).acceptFile(transferId, settings.get().downloadFolder || undefined),
    'files:decline': ({ transferId }) => forTransfer(transferId).declineFile(transferId),
    'files:cancel': ({ transferId }) => forTransfer(transferId).cancelFile(transferId),
    'files:reveal': async ({ transferId }) => {
      // Only where main itself saved a file received in this session: a page never names a path.
      const owner = registry.all().find((service) => service.ownsTransfer(transferId));
      const transfer = owner?.transfer(transferId);
      if (
        !transfer ||
        transfer.direction !== 'in' ||
        transfer.state !== 'completed' ||
        !transfer.savedPath
      ) {
        throw new ServiceError('invalid', 'That is not a file received in this session.');
      }
      desktop.files.reveal(transfer.savedPath);
    },
  };
}
