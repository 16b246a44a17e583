// History viewer with search (history:query), newest last.
import { useEffect, useState } from 'react';
import { useHistory } from '../../stores/history';
import { en } from '../../strings/en';
import { Section } from './Section';
import { isolate } from '../isolate';

export function HistoryTab(): React.JSX.Element {
  const results = useHistory((s) => s.results);
  const searched = useHistory((s) => s.searched);
  const search = useHistory((s) => s.search);
  const clear = useHistory((s) => s.clear);
  const emails = useHistory((s) => s.contacts);
  const loadContacts = useHistory((s) => s.loadContacts);
  useEffect(() => {
    void loadContacts();
  }, [loadContacts]);
  const [contact, setContact] = useState('');
  const [text, setText] = useState('');
  return (
    <Section caption={en.options.historySearch}>
      <form
        className="check"
        onSubmit={(e) => {
          e.preventDefault();
          void search({ contact, text });
        }}
      >
        <label className="check">
          {en.options.historyContact}
          <select value={contact} onChange={(e) => setContact(e.target.value)}>
            <option value="">{en.options.historyAll}</option>
            {emails.map((email) => (
              <option key={email} value={email}>
                {email}
              </option>
            ))}
          </select>
        </label>
        <input
          className="text-input"
          type="search"
          aria-label={en.options.historySearch}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button">
          {en.options.search}
        </button>
      </form>
      <div className="history-results" role="log" aria-label={en.options.tabs.history}>
        {searched && results.length === 0 ? (
          <p className="muted">{en.options.historyEmpty}</p>
        ) : null}
        {results.map((entry, i) => (
          <p key={`${entry.time}-${i}`}>
            <span className="muted">
              {new Date(entry.time).toLocaleString()} —{' '}
              {isolate(en.conversation.says, entry.fromName || entry.from)}
            </span>
            <br />
            {entry.text}
          </p>
        ))}
      </div>
      <button type="button" className="button" onClick={() => void clear(contact || undefined)}>
        {en.options.historyClear}
      </button>
    </Section>
  );
}
