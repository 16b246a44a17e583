// History: search, the conversation around a result, delete, export and import.
import { EXPORT_EXTENSIONS } from '../history/export-formats';
import { ServiceError } from '../service-error';
import type { HandlerContext, HandlerGroup } from './context';

type HistoryChannel =
  | 'history:query'
  | 'history:search'
  | 'history:context'
  | 'history:clear'
  | 'history:contacts'
  | 'history:export'
  | 'history:importChoose'
  | 'history:importStart'
  | 'history:importCancel';

export function historyHandlers(ctx: HandlerContext): HandlerGroup<HistoryChannel> {
  const { history, desktop, importer } = ctx;
  const files = (): NonNullable<typeof desktop.history> => {
    if (!desktop.history) throw new ServiceError('invalid', 'History files cannot be chosen here.');
    return desktop.history;
  };
  return {
    'history:query': (query) => history.query(query),
    'history:search': (search) => history.search(search),
    'history:context': async ({ ref, before, after }) => {
      try {
        return await history.context(ref, before, after);
      } catch (error) {
        if (error instanceof Error && /history/.test(error.message)) {
          throw new ServiceError('invalid', error.message);
        }
        throw error;
      }
    },
    'history:clear': ({ contact }) => history.clear(contact),
    'history:contacts': () => history.contacts(),
    'history:export': async ({ contact, format }) => {
      const base = contact ? contact.replace(/[^A-Za-z0-9._-]+/g, '_') : 'everyone';
      const fileName = `history-${base}.${EXPORT_EXTENSIONS[format]}`;
      const path = await files().chooseExportPath(fileName);
      if (!path) return null;
      const messages = await history.export(format, path, contact);
      const link = files().exported?.(path, fileName);
      return { fileName, messages, ...(link ?? { savedTo: path }) };
    },
    'history:importChoose': async () => {
      const folder = await files().chooseImportFolder();
      return folder ? importer.preview(folder) : null;
    },
    'history:importStart': ({ importId, sources }) => importer.start(importId, sources),
    'history:importCancel': ({ importId }) => importer.cancel(importId),
  };
}
