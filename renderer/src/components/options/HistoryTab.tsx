// History (Options ▸ History): search by words and "phrases", one contact or everyone, a
// date range; results page in as the list scrolls; a result opens the conversation around
// it. Export (text, HTML, MSN XML), import from Pidgin or aMSN, delete.
import { useEffect, useRef, useState } from 'react';
import type { HistoryExportFormat, HistoryHit } from '@shared/ipc/history';
import { useHistory } from '../../stores/history';
import { formatDateTime, l10n } from '../../strings';
import { Section } from './Section';
import { isolate } from '../isolate';

const stamp = (time: number): string => formatDateTime(time);

function HitLine({
  hit,
  current,
  withContact,
}: {
  hit: HistoryHit;
  current?: boolean;
  withContact?: boolean;
}): React.JSX.Element {
  return (
    <>
      <span className="muted">
        {stamp(hit.time)}
        {withContact ? (
          <>
            {' '}
            <bdi>({l10n.options.historyWith({ contact: hit.contact })})</bdi>
          </>
        ) : null}{' '}
        — {isolate(l10n.conversation.says, { name: hit.fromName || hit.from })}
      </span>
      <br />
      <bdi className={current ? 'history-hit--current' : undefined}>{hit.text}</bdi>
    </>
  );
}

export function Results(): React.JSX.Element {
  const results = useHistory((s) => s.results);
  const searched = useHistory((s) => s.searched);
  const loading = useHistory((s) => s.loading);
  const cursor = useHistory((s) => s.cursor);
  const loadMore = useHistory((s) => s.loadMore);
  const open = useHistory((s) => s.open);
  const end = useRef<HTMLLIElement>(null);
  // More results as the end of the list scrolls into view.
  useEffect(() => {
    const target = end.current;
    if (!target || cursor === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [cursor, loadMore, results.length]);
  return (
    <ul className="history-results" aria-label={l10n.options.historyResults} aria-busy={loading}>
      {searched && results.length === 0 && cursor === null ? (
        <li className="muted">{l10n.options.historyEmpty}</li>
      ) : null}
      {results.map((hit) => (
        <li key={hit.ref + hit.contact}>
          <button type="button" className="history-hit" onClick={() => void open(hit.ref)}>
            <HitLine hit={hit} withContact />
          </button>
        </li>
      ))}
      {cursor !== null ? (
        <li ref={end}>
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() => void loadMore()}
          >
            {loading ? l10n.options.historyLoading : l10n.options.historyMore}
          </button>
        </li>
      ) : null}
    </ul>
  );
}

export function ContextView(): React.JSX.Element | null {
  const context = useHistory((s) => s.context);
  const earlier = useHistory((s) => s.earlier);
  const later = useHistory((s) => s.later);
  const close = useHistory((s) => s.closeContext);
  const current = useRef<HTMLLIElement>(null);
  useEffect(() => {
    current.current?.scrollIntoView?.({ block: 'center' });
  }, [context?.at]);
  if (!context) return null;
  return (
    <div>
      <button type="button" className="button" onClick={close}>
        {l10n.options.historyBack}
      </button>
      {context.hasBefore ? (
        <button type="button" className="button" onClick={() => void earlier()}>
          {l10n.options.historyEarlier}
        </button>
      ) : null}
      <ol className="history-results" role="log" aria-label={l10n.options.historyConversation}>
        {context.entries.map((entry) => (
          <li
            key={entry.ref}
            ref={entry.ref === context.at ? current : undefined}
            aria-current={entry.ref === context.at ? 'true' : undefined}
            className={entry.ref === context.at ? 'history-context--at' : undefined}
          >
            <HitLine hit={entry} current={entry.ref === context.at} />
          </li>
        ))}
      </ol>
      {context.hasAfter ? (
        <button type="button" className="button" onClick={() => void later()}>
          {l10n.options.historyLater}
        </button>
      ) : null}
    </div>
  );
}

export function ExportBox(): React.JSX.Element {
  const [format, setFormat] = useState<HistoryExportFormat>('html');
  const exportHistory = useHistory((s) => s.exportHistory);
  const exported = useHistory((s) => s.exported);
  return (
    <Section caption={l10n.options.historyExport}>
      <label className="check">
        {l10n.options.historyExportFormat}
        <select value={format} onChange={(e) => setFormat(e.target.value as HistoryExportFormat)}>
          {(['text', 'html', 'xml'] as const).map((f) => (
            <option key={f} value={f}>
              {l10n.options.historyFormats[f]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" onClick={() => void exportHistory(format)}>
        {l10n.options.historyExport}
      </button>
      {exported ? (
        <p role="status">
          {exported.savedTo
            ? l10n.options.historyExportSaved({
                messages: exported.messages,
                path: exported.savedTo,
              })
            : l10n.options.historyExportReady({ messages: exported.messages })}{' '}
          {exported.downloadUrl ? (
            <a href={exported.downloadUrl} download={exported.fileName}>
              {l10n.options.historyDownload({ fileName: exported.fileName })}
            </a>
          ) : null}
        </p>
      ) : null}
    </Section>
  );
}

function ImportBox(): React.JSX.Element {
  const preview = useHistory((s) => s.importPreview);
  const progress = useHistory((s) => s.importProgress);
  const choose = useHistory((s) => s.chooseImport);
  const start = useHistory((s) => s.startImport);
  const cancel = useHistory((s) => s.cancelImport);
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const running = progress?.state === 'running';
  return (
    <Section caption={l10n.options.historyImport.replace('...', '')}>
      <button type="button" className="button" disabled={running} onClick={() => void choose()}>
        {l10n.options.historyImport}
      </button>
      {preview && !running ? (
        <div>
          {preview.sources.length === 0 ? <p>{l10n.options.historyImportNone}</p> : null}
          <ul aria-label={l10n.options.historyImportTitle}>
            {preview.sources.map((source) => (
              <li key={source.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!unchecked.has(source.id)}
                    onChange={(e) => {
                      const next = new Set(unchecked);
                      if (e.target.checked) next.delete(source.id);
                      else next.add(source.id);
                      setUnchecked(next);
                    }}
                  />
                  <bdi>
                    {l10n.options.historyImportSource({
                      contact: source.contact,
                      account: source.account,
                      messages: source.messages,
                      fresh: source.newMessages,
                    })}
                  </bdi>
                </label>
              </li>
            ))}
          </ul>
          {preview.sources.length > 0 ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                void start(preview.sources.map((s) => s.id).filter((id) => !unchecked.has(id)))
              }
            >
              {l10n.options.historyImportStart}
            </button>
          ) : null}
        </div>
      ) : null}
      {progress ? (
        <p role="status">
          {progress.state === 'running' ? (
            <>
              <progress max={Math.max(1, progress.total)} value={progress.done} />{' '}
              {l10n.options.historyImportRunning({ done: progress.done, total: progress.total })}{' '}
              <button type="button" className="button" onClick={() => void cancel()}>
                {l10n.options.historyImportCancel}
              </button>
            </>
          ) : progress.state === 'cancelled' ? (
            l10n.options.historyImportCancelled({ imported: progress.imported })
          ) : progress.state === 'failed' ? (
            progress.message
          ) : (
            l10n.options.historyImportDone({
              imported: progress.imported,
              skipped: progress.skipped,
            })
          )}
        </p>
      ) : null}
    </Section>
  );
}

export function HistoryTab(): React.JSX.Element {
  const query = useHistory((s) => s.query);
  const setQuery = useHistory((s) => s.setQuery);
  const search = useHistory((s) => s.search);
  const clear = useHistory((s) => s.clear);
  const emails = useHistory((s) => s.contacts);
  const loadContacts = useHistory((s) => s.loadContacts);
  const context = useHistory((s) => s.context);
  useEffect(() => {
    void loadContacts();
  }, [loadContacts]);
  const known =
    query.contact && !emails.includes(query.contact) ? [query.contact, ...emails] : emails;
  return (
    <>
      <Section caption={l10n.options.historySearch}>
        <form
          className="history-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            void search();
          }}
        >
          <label className="check">
            {l10n.options.historyContact}
            <select value={query.contact} onChange={(e) => setQuery({ contact: e.target.value })}>
              <option value="">{l10n.options.historyAll}</option>
              {known.map((email) => (
                <option key={email} value={email}>
                  {email}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            {l10n.options.historyWords}
            <input
              className="text-input"
              type="search"
              aria-label={l10n.options.historySearch}
              value={query.text}
              maxLength={200}
              onChange={(e) => setQuery({ text: e.target.value })}
            />
          </label>
          <label className="check">
            {l10n.options.historyFrom}
            <input
              type="date"
              value={query.from}
              onChange={(e) => setQuery({ from: e.target.value })}
            />
          </label>
          <label className="check">
            {l10n.options.historyTo}
            <input
              type="date"
              value={query.to}
              onChange={(e) => setQuery({ to: e.target.value })}
            />
          </label>
          <button type="submit" className="button">
            {l10n.options.search}
          </button>
        </form>
        {context ? <ContextView /> : <Results />}
        <button
          type="button"
          className="button"
          onClick={() => void clear(query.contact || undefined)}
        >
          {query.contact
            ? l10n.options.historyDeleteFor({ contact: query.contact })
            : l10n.options.historyDeleteAll}
        </button>
      </Section>
      <ExportBox />
      <ImportBox />
    </>
  );
}
