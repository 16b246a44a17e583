// A SYN of 5,000 contacts in 10 groups, from bytes through the codec into the contact-list
// model, timed as the median of several runs. Target: < 50 ms.
// reference: contacts.md §2 (SYN), DESIGN.md (Model)
import { CommandParser } from '../../main/msnp/codec';
import { emptyContactList } from '../../main/msnp/contacts/model';
import { parseSynHeader, SynListing } from '../../main/msnp/contacts/syn';
import { presenceChanged } from '../../main/msnp/contacts/reducers';
import type { ContactListState } from '../../main/msnp/contacts/model';
import type { PresenceUpdate } from '../../main/msnp/contacts/reducers';

const CONTACTS = 5_000;
const GROUPS = 10;
const RUNS = 9;
const CHUNK_BYTES = 16 * 1024;
const TARGET_MS = 50;

function synBytes(): Buffer {
  const lines = [`SYN 5 4242 ${CONTACTS} ${GROUPS}`, 'GTC A', 'BLP AL', 'PRP PHH 1%20(555)%200100'];
  for (let g = 0; g < GROUPS; g++) lines.push(`LSG ${g} Group%20${g}%20%E2%98%95 0`);
  for (let i = 0; i < CONTACTS; i++) {
    const bits = i % 7 === 0 ? 12 : i % 13 === 0 ? 8 : 11;
    const groups = bits & 1 ? ` ${i % GROUPS}${i % 5 === 0 ? `,${(i + 3) % GROUPS}` : ''}` : '';
    lines.push(`LST contact${i}@example.com Contact%20${i}%20Caf%C3%A9 ${bits}${groups}`);
    if (i % 10 === 0) lines.push('BPR PHM 1%20(555)%200199', 'BPR MOB N');
  }
  return Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8');
}

function parseList(bytes: Buffer): ContactListState {
  const parser = new CommandParser();
  const listing = new SynListing();
  for (let off = 0; off < bytes.length; off += CHUNK_BYTES) {
    for (const e of parser.push(bytes.subarray(off, off + CHUNK_BYTES))) {
      if (e.kind !== 'command') continue;
      const cmd = e.command;
      if (cmd.name === 'SYN') {
        const header = parseSynHeader(cmd.params);
        if (header?.kind === 'full') listing.setHeader(header);
      } else listing.push(cmd);
    }
  }
  if (!listing.complete) throw new Error('SYN listing incomplete');
  return listing.result(emptyContactList());
}

/** The ILN storm after the first CHG, applied per socket read as the session does. */
function presenceStorm(list: ContactListState): number {
  const parser = new CommandParser();
  const lines: string[] = [];
  for (let i = 0; i < CONTACTS; i++)
    lines.push(`ILN 9 NLN contact${i}@example.com Contact%20${i} 0`);
  const bytes = Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8');
  let state = list;
  for (let off = 0; off < bytes.length; off += CHUNK_BYTES) {
    const batch: PresenceUpdate[] = [];
    for (const e of parser.push(bytes.subarray(off, off + CHUNK_BYTES))) {
      if (e.kind !== 'command') continue;
      const [status, email, name] = e.command.params;
      if (status && email)
        batch.push({
          email,
          presence: { status: 'NLN', friendlyName: name ?? email, capabilities: 0 },
        });
    }
    state = presenceChanged(state, batch);
  }
  return state.presence.size;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function run(): Promise<void> {
  const bytes = synBytes();
  let list = parseList(bytes); // warm-up
  const times: number[] = [];
  const stormTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    list = parseList(bytes);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const t1 = process.hrtime.bigint();
    presenceStorm(list);
    stormTimes.push(Number(process.hrtime.bigint() - t1) / 1e6);
  }
  const size = list.entries.size;
  const synMedian = median(times);
  times.sort((a, b) => a - b);
  console.log(
    `SYN ${CONTACTS} contacts / ${GROUPS} groups (${(bytes.length / 1024).toFixed(0)} KiB) → ${size} entries: ` +
      `median ${synMedian.toFixed(2)} ms over ${RUNS} runs (min ${times[0]!.toFixed(2)}, max ${times.at(-1)!.toFixed(2)}); ` +
      `target < ${TARGET_MS} ms: ${synMedian < TARGET_MS ? 'met' : 'NOT met'}`,
  );
  console.log(
    `ILN storm: ${CONTACTS} contacts coming online, applied per ${CHUNK_BYTES / 1024} KiB read: ` +
      `median ${median(stormTimes).toFixed(2)} ms over ${RUNS} runs`,
  );
}
