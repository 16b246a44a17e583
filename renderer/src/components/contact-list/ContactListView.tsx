// The signed-in main window body: header band, filter, the tree, task links.
import { useUi } from '../../stores/ui';
import { en } from '../../strings/en';
import { ContactTree } from './ContactTree';
import { StatusHeader } from './StatusHeader';
import './ContactListView.css';

export function ContactListView(): React.JSX.Element {
  const filter = useUi((s) => s.filter);
  const setFilter = useUi((s) => s.setFilter);
  const openDialog = useUi((s) => s.openDialog);
  return (
    <section className="contact-list-view" aria-label={en.list.label}>
      <StatusHeader />
      <div className="contact-list-view__filter">
        <input
          className="text-input"
          type="search"
          placeholder={en.list.filter}
          aria-label={en.list.filterLabel}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setFilter('');
          }}
        />
      </div>
      <ContactTree />
      <nav className="task-links" aria-label="Tasks">
        <button
          type="button"
          className="link-button"
          onClick={() => openDialog({ kind: 'addContact' })}
        >
          <span aria-hidden="true">＋ </span>
          {en.list.addContact}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => openDialog({ kind: 'createGroup' })}
        >
          <span aria-hidden="true">＋ </span>
          {en.list.createGroup.replace('...', '')}
        </button>
      </nav>
    </section>
  );
}
