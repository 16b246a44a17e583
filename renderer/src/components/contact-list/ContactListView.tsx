// The signed-in main window body: header band, filter, the tree, task links.
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { ContactTree } from './ContactTree';
import { StatusHeader } from './StatusHeader';
import './ContactListView.css';

function PlusIcon(): React.JSX.Element {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="task-links__icon">
      <circle cx="6" cy="6" r="5.5" fill="#3fa535" />
      <path d="M6 3v6M3 6h6" stroke="#fff" strokeWidth="1.6" />
    </svg>
  );
}

export function ContactListView(): React.JSX.Element {
  const filter = useUi((s) => s.filter);
  const setFilter = useUi((s) => s.setFilter);
  const openDialog = useUi((s) => s.openDialog);
  return (
    <section className="contact-list-view" aria-label={l10n.list.label}>
      <StatusHeader />
      <div className="contact-list-view__filter">
        <input
          className="text-input"
          type="search"
          placeholder={l10n.list.filter}
          aria-label={l10n.list.filterLabel}
          aria-keyshortcuts="Control+F"
          data-contact-filter=""
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setFilter('');
          }}
        />
      </div>
      <ContactTree />
      <nav className="task-links" aria-label={l10n.list.tasks}>
        <button
          type="button"
          className="link-button"
          onClick={() => openDialog({ kind: 'addContact' })}
        >
          <PlusIcon />
          {l10n.list.addContact}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => openDialog({ kind: 'createGroup' })}
        >
          <PlusIcon />
          {l10n.list.createGroup.replace('...', '')}
        </button>
      </nav>
    </section>
  );
}
