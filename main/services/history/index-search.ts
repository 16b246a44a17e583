// Searching the index: the words' id lists are joined newest first (a leapfrog across the
// in-memory parts and the segments), then each candidate's log line is read to check the
// query, the date range and the contact, since a word key can collide and logs can change.
import type { FileHandle } from 'node:fs/promises';
import type { HistoryEntry } from '@shared/ipc/events';
import { DocTable, firstAtOrAfter } from './doc-table';
import { MAX_LINE, contactOfLog, parseLine } from './log-files';
import type { MemSegment } from './mem-segment';
import { PostingCursor } from './posting-cursor';
import type { Segment } from './segment';
import { contactKey, matchesQuery, queryKeys } from './tokenize';
import type { ParsedQuery } from './tokenize';

export interface IndexSearch {
  query: ParsedQuery;
  contact?: string;
  from?: number;
  to?: number;
  /** Only ids below this (the previous page's cursor). */
  before?: number;
  limit: number;
  /** How many candidates one call may examine before it returns what it has. */
  scanCap: number;
  /** How many log lines one call may read to check candidates (each costs a disk read). */
  readCap: number;
}

export interface IndexHit {
  id: number;
  fileId: number;
  offset: number;
  entry: HistoryEntry;
}

export interface IndexPage {
  hits: IndexHit[];
  /** Where the next page starts, or null when there is nothing more. */
  next: number | null;
}

/** What a search reads: a snapshot of the index's parts, and the logs behind it. */
export interface SearchSource {
  segments: Segment[];
  mems: MemSegment[];
  docs: FileHandle | null;
  /** Ids are in time order, so a date range is an id range. */
  ordered: boolean;
  /** A log's name, or null once it was deleted. */
  fileName(fileId: number): string | null;
  /** The bytes of one line of a log, or null when the log is gone. */
  readLine(name: string, offset: number, length: number): Promise<Buffer | null>;
}

/**
 * Newest first. Memory is bounded whatever the history's size: a block of ids per word, a
 * few blocks of the message table, and the lines of the page's results.
 */
export async function searchIndex(source: SearchSource, request: IndexSearch): Promise<IndexPage> {
  const { segments, mems } = source;
  const total = mems[mems.length - 1]!.end;
  const table = new DocTable(source.docs, mems);
  let upper = Math.min(request.before ?? total, total);
  let lower = 0;
  if (source.ordered) {
    // Ids in time order: the date range is an id range.
    if (request.to !== undefined)
      upper = Math.min(upper, await firstAtOrAfter(table, total, request.to + 1));
    if (request.from !== undefined) lower = await firstAtOrAfter(table, total, request.from);
  }
  const keys = queryKeys(request.query);
  if (request.contact) keys.push(contactKey(request.contact));
  const cursors = keys.map((key) => new PostingCursor(key, segments, mems));
  const hits: IndexHit[] = [];
  const seen = new Set<string>();
  let scanned = 0;
  const budget = { reads: request.readCap };
  let target = upper - 1;
  while (target >= lower) {
    // Leapfrog: every word's list must hold the same id.
    let aligned = true;
    for (const cursor of cursors) {
      const at = await cursor.seek(target);
      if (at < 0) return { hits, next: null };
      if (at < target) {
        target = at;
        aligned = false;
        break;
      }
    }
    if (!aligned) continue;
    if (target < lower) break;
    const id = target;
    target--;
    if (++scanned > request.scanCap || budget.reads <= 0) return { hits, next: id + 1 };
    const hit = await check(source, id, table, request, seen, budget);
    if (hit) {
      hits.push(hit);
      if (hits.length >= request.limit) return { hits, next: target >= lower ? id : null };
    }
  }
  return { hits, next: null };
}

/** The candidate as a hit, if its line (read from the log) really matches the request. */
async function check(
  source: SearchSource,
  id: number,
  table: DocTable,
  request: IndexSearch,
  seen: Set<string>,
  budget: { reads: number },
): Promise<IndexHit | null> {
  const meta = await table.get(id);
  if (!meta) return null;
  if (request.from !== undefined && meta.time < request.from) return null;
  if (request.to !== undefined && meta.time > request.to) return null;
  const name = source.fileName(meta.fileId);
  if (!name || meta.length > MAX_LINE) return null;
  budget.reads--;
  const bytes = await source.readLine(name, meta.offset, meta.length);
  const entry = bytes ? parseLine(bytes.toString('utf8')) : null;
  if (!entry || !matchesQuery(entry.text, request.query)) return null;
  if (request.contact && contactOfLog(name) !== request.contact.trim().toLowerCase()) return null;
  if (!request.contact) {
    // A group conversation is logged under each participant: list it once.
    const key = `${entry.conversationId}\u0000${entry.time}\u0000${entry.from}\u0000${entry.text}`;
    if (seen.has(key)) return null;
    seen.add(key);
  }
  return { id, fileId: meta.fileId, offset: meta.offset, entry };
}
