// History with this contact, inside the conversation (Electron conversation windows have no
// Options dialog): search it, open a result in its conversation, export it.
import { useEffect } from 'react';
import { useHistory } from '../../stores/history';
import { l10n } from '../../strings';
import { ContextView, ExportBox, Results } from '../options/HistoryTab';

export function ConversationHistory({ contact }: { contact: string }): React.JSX.Element {
  const query = useHistory((s) => s.query);
  const setQuery = useHistory((s) => s.setQuery);
  const search = useHistory((s) => s.search);
  const context = useHistory((s) => s.context);
  useEffect(() => {
    setQuery({ contact, from: '', to: '' });
  }, [contact, setQuery]);
  return (
    <section className="conversation__history" aria-label={l10n.conversation.history}>
      <form
        className="history-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input
          className="text-input"
          type="search"
          aria-label={l10n.options.historySearch}
          value={query.text}
          maxLength={200}
          onChange={(e) => setQuery({ text: e.target.value })}
        />
        <button type="submit" className="button">
          {l10n.options.search}
        </button>
      </form>
      {context ? <ContextView /> : <Results />}
      <ExportBox />
    </section>
  );
}
