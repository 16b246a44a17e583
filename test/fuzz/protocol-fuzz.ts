// The protocol fuzz target: random and mutated server transcripts, cut into random chunks,
// through the codec, the notification session's handlers (SYN listing and pushes), the
// switchboard session and the conversation layer's payload routing (text, typing, nudges,
// file invitations into a FileTransferManager). One stream is a pure function of its seed.
//
// What counts as a crash: anything thrown out of CommandParser.push, a handler, the routing
// or the transfer manager; a parse that depends on the chunking; an event that breaks the
// codec's bounds. The NS session swallows a handler's exception at run time (it never crashes
// the app), so the target calls the handlers directly to see them.
// reference: msnp8/README.md §3.4 (reader rules), DESIGN.md (Codec: incremental, bounded, total)
import { CommandParser, MAX_LINE_BYTES, MAX_PAYLOAD_BYTES } from '../../main/msnp/codec';
import type { MsnpCommand, ParseEvent } from '../../main/msnp/codec';
import type { MsnpConnection } from '../../main/msnp/connection';
import { routePayload } from '../../main/msnp/conversations/conversation-io';
import { FileTransferManager } from '../../main/msnp/filetransfer/file-transfer-manager';
import { handlePush } from '../../main/msnp/notification/incoming';
import { ListSync } from '../../main/msnp/notification/list-sync';
import { NotificationSession } from '../../main/msnp/notification/session';
import { SwitchboardSession } from '../../main/msnp/switchboard/switchboard-session';
import { NAMES, SEEDS } from './corpus';

/** A small deterministic generator (mulberry32). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number): number => Math.floor(rand() * n);
const pick = <T>(rand: Rand, items: readonly T[]): T => items[int(rand, items.length)]!;

const PARAM_SHAPES: readonly ((rand: Rand) => string)[] = [
  (r) => String(int(r, 100)),
  (r) => String(int(r, 2 ** 32) * 1000),
  () => '-1',
  () => '99999999999999999999999',
  () => 'bob@example.com',
  (r) => `user${int(r, 50)}@example.com`,
  () => '%E2%80%AE%00%ZZ%',
  () => 'NLN',
  () => 'RL',
  () => 'FL',
  () => '127.0.0.1:1864',
  () => '[::1]:99999',
  () => 'CKI',
  () => '0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31',
  () => 'Zoë☕',
  (r) => 'x'.repeat(int(r, 600)),
  () => '',
];

function randomLine(rand: Rand): Buffer {
  const fields = [pick(rand, NAMES)];
  if (rand() < 0.7) fields.push(String(int(rand, 20)));
  const n = int(rand, 7);
  for (let i = 0; i < n; i++) fields.push(pick(rand, PARAM_SHAPES)(rand));
  const payloadCommand = fields[0] === 'MSG' || fields[0] === 'NOT' || fields[0] === 'IPG';
  if (payloadCommand && rand() < 0.8) {
    const body = Buffer.from(
      rand() < 0.5 ? 'MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi' : 'garbage\0\xff',
      'utf8',
    );
    const length = rand() < 0.8 ? body.length : int(rand, 200);
    return Buffer.concat([Buffer.from(`${fields.join(' ')} ${length}\r\n`), body]);
  }
  const end = pick(rand, ['\r\n', '\r\n', '\r\n', '\n', '\r', '']);
  return Buffer.from(fields.join(' ') + end, 'utf8');
}

/** One mutation of the stream: flip, insert, delete, duplicate or splice in a random line. */
function mutate(rand: Rand, input: Buffer): Buffer {
  const at = int(rand, input.length + 1);
  switch (int(rand, 6)) {
    case 0: {
      if (input.length === 0) return input;
      const out = Buffer.from(input);
      const i = Math.min(at, out.length - 1);
      out[i] = rand() < 0.5 ? out[i]! ^ (1 << int(rand, 8)) : int(rand, 256);
      return out;
    }
    case 1: {
      const bytes = Buffer.from(Array.from({ length: 1 + int(rand, 8) }, () => int(rand, 256)));
      return Buffer.concat([input.subarray(0, at), bytes, input.subarray(at)]);
    }
    case 2:
      return Buffer.concat([input.subarray(0, at), input.subarray(at + 1 + int(rand, 40))]);
    case 3: {
      const piece = input.subarray(at, at + 1 + int(rand, 200));
      return Buffer.concat([input.subarray(0, at), piece, piece, input.subarray(at)]);
    }
    default: {
      // Splice at a line start, so the new line is read as a line.
      const lf = input.indexOf(0x0a, at);
      const cut = lf < 0 ? input.length : lf + 1;
      return Buffer.concat([input.subarray(0, cut), randomLine(rand), input.subarray(cut)]);
    }
  }
}

export interface FuzzStream {
  bytes: Buffer;
  chunks: Buffer[];
}

/** The stream for one seed: a mutated seed transcript (or random lines), randomly chunked. */
export function streamFor(seed: number): FuzzStream {
  const rand = prng(seed);
  let bytes: Buffer;
  if (rand() < 0.15) {
    const n = 1 + int(rand, 40);
    bytes = Buffer.concat(Array.from({ length: n }, () => randomLine(rand)));
  } else {
    const parts = Array.from({ length: 1 + int(rand, 3) }, () => pick(rand, SEEDS));
    bytes = Buffer.concat(parts);
    const mutations = int(rand, 10);
    for (let i = 0; i < mutations; i++) bytes = mutate(rand, bytes);
  }
  if (rand() < 0.03) bytes = Buffer.concat([bytes, Buffer.alloc(MAX_LINE_BYTES + 10, 0x41)]);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = rand() < 0.3 ? 1 + int(rand, 4) : 1 + int(rand, 512);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return { bytes, chunks };
}

const describe = (e: ParseEvent): string =>
  e.kind === 'error'
    ? `error:${e.error.kind}`
    : JSON.stringify([
        e.command.name,
        e.command.trid,
        e.command.params,
        e.command.payload?.toString('base64'),
      ]);

function checkBounds(events: readonly ParseEvent[]): void {
  for (const e of events) {
    if (e.kind === 'error') continue;
    const { name, payload } = e.command;
    if (!/^[A-Z0-9]{3}$/.test(name)) throw new Error(`bad command name ${JSON.stringify(name)}`);
    if (payload !== null && payload.length > MAX_PAYLOAD_BYTES) throw new Error('payload over cap');
  }
}

/** Stands in for the NS socket: the handlers may send (QRY, ADD AL); nothing goes anywhere. */
const quietConnection = {
  isOpen: true,
  send: () => 1,
  sendUntracked: () => undefined,
  request: () => Promise.reject(new Error('not connected in the fuzz target')),
  close: () => undefined,
} as unknown as MsnpConnection;

function notificationSession(): NotificationSession {
  const session = new NotificationSession({
    server: { host: '127.0.0.1', port: 1 },
    passport: { nexusUrl: 'https://127.0.0.1:1/', loginUrl: null },
    email: 'alice@example.com',
    password: 'unused',
    status: 'NLN',
  });
  session.self = {
    email: 'alice@example.com',
    friendlyName: 'Alice',
    verified: true,
    status: 'NLN',
    phones: {},
  };
  session.conn = quietConnection;
  return session;
}

/** Runs one stream through every target; throws what a target threw (the crash). */
export async function runStream(stream: FuzzStream): Promise<void> {
  const parser = new CommandParser();
  const events: ParseEvent[] = [];
  for (const chunk of stream.chunks) for (const e of parser.push(chunk)) events.push(e);
  checkBounds(events);
  const whole = new CommandParser().push(stream.bytes);
  if (whole.length !== events.length || whole.some((e, i) => describe(e) !== describe(events[i]!)))
    throw new Error('the parse depends on the chunking');

  const commands: MsnpCommand[] = events.flatMap((e) => (e.kind === 'command' ? [e.command] : []));
  const ns = notificationSession();
  const sync = new ListSync();
  const synDone = sync
    .run(quietConnection, ns.list, 60_000, (next) => (ns.list = next))
    .catch(() => undefined);
  const sb = new SwitchboardSession('alice@example.com');
  const files = new FileTransferManager(
    {
      selfEmail: () => 'alice@example.com',
      sendInvitation: () => undefined,
      emit: () => undefined,
    },
    { network: { canListen: false } },
  );
  const sink = {
    message: () => undefined,
    typing: () => undefined,
    nudge: () => undefined,
    unsupported: () => undefined,
    invitation: (
      {
        conversationId,
        from,
        fromName,
      }: { conversationId: string; from: string; fromName: string },
      inv: Parameters<FileTransferManager['onInvitation']>[3],
    ) => files.onInvitation(conversationId, from, fromName, inv),
  };
  sb.on('message', ({ from, fromName, payload }) =>
    routePayload(payload, { conversationId: 'c1', from, fromName }, sink),
  );
  const sbCommand = (sb as unknown as { onCommand(c: MsnpCommand): void }).onCommand.bind(sb);
  try {
    for (const cmd of commands) {
      if (!sync.accept(cmd)) handlePush(ns, cmd);
      sbCommand(cmd);
    }
    // Presence lines are applied in a microtask: let it run inside the target.
    await Promise.resolve();
  } finally {
    sync.cancel(new Error('end of stream'));
    files.cancelAll();
    sb.leave();
  }
  await synDone;
}
