// Send Files (ui-spec §1.4): Electron's main shows the native file dialog; in the web harness
// the page has no such dialog in main, so a hidden file input picks the file and its bytes go
// to main (files:sendData).
import { useRef } from 'react';
import { useConversations } from '../../stores/conversations';
import { useSession } from '../../stores/session';
import { l10n } from '../../strings';

export function SendFileButton({ conversationId }: { conversationId: string }): React.JSX.Element {
  const web = useSession((s) => s.platform === 'web');
  const sendFile = useConversations((s) => s.sendFile);
  const sendFileData = useConversations((s) => s.sendFileData);
  const input = useRef<HTMLInputElement>(null);

  return (
    <>
      <button
        type="button"
        className="tool-button"
        onClick={() => (web ? input.current?.click() : void sendFile(conversationId))}
      >
        {l10n.conversation.sendFile}
      </button>
      {web ? (
        <input
          ref={input}
          type="file"
          hidden
          aria-label={l10n.transfer.chooseFile}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that picking the same file again still sends it.
            event.currentTarget.value = '';
            if (file) void sendFileData(conversationId, file);
          }}
        />
      ) : null}
    </>
  );
}
