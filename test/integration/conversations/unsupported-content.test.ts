// Payloads this client does not show are reported, never shown as text and never crash the
// conversation (switchboard.md §6, §9, §10); a raw peer sends them to Bob's MsnClient.
import { beforeEach, expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import type { RawClient } from '../../server/helpers/raw-client';
import { useSignedIn } from '../support/people';
import { collect, nextEvent } from './helpers/events';
import { ALICE, BOB } from './helpers/peers';
import { rawCallerInto } from './helpers/raw-caller';

const people = useSignedIn([BOB]);
const bob = people.peer(BOB);
let aliceSb: RawClient;
beforeEach(async () => {
  aliceSb = await rawCallerInto(people.net, ALICE, BOB);
});

const head = (type: string) => `MIME-Version: 1.0\r\nContent-Type: ${type}\r\n\r\n`;

it('reports unknown types and other datacasts, ignores caps and P2P, keeps working', async () => {
  const unsupported = collect<{ email: string; contentType: string }>(
    bob.chat,
    'unsupportedContent',
  );
  const messages = collect<ChatMessage>(bob.chat, 'message');
  const send = (payload: string | Buffer): void =>
    aliceSb.sendPayload(`MSG ${aliceSb.nextTrid()} U`, payload);

  send(head('application/x-something-new') + 'opaque');
  send(head('text/x-clientcaps') + 'Client-Name: ExampleMSN/0.1\r\nChat-Logging: Y\r\n');
  send(head('application/x-msnmsgrp2p') + 'binary');
  send(head('text/x-msnmsgr-datacast') + 'ID: 2\r\n\r\n'); // a wink
  send(Buffer.from([0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a, 0x80])); // no headers at all
  const text = nextEvent<ChatMessage>(bob.chat, 'message');
  send(head('text/plain; charset=UTF-8') + 'still here');
  // One switchboard connection, read in order: everything sent before the text is handled.
  expect(await text).toMatchObject({ from: ALICE, text: 'still here' });
  expect(messages).toHaveLength(1);
  expect(unsupported.map((u) => u.contentType)).toEqual([
    'application/x-something-new',
    'text/x-msnmsgr-datacast; ID=2',
    '',
  ]);
  expect(unsupported.every((u) => u.email === ALICE)).toBe(true);
});

it('an invitation for an application we lack is answered REJECT_NOT_INSTALLED', async () => {
  aliceSb.sendPayload(
    `MSG ${aliceSb.nextTrid()} N`,
    head('text/x-msmsgsinvite; charset=UTF-8') +
      'Application-Name: NetMeeting\r\nApplication-GUID: {44BBA842-CC51-11CF-AAFA-00AA00B6015C}\r\n' +
      'Invitation-Command: INVITE\r\nInvitation-Cookie: 777\r\n\r\n',
  );
  const answer = await aliceSb.waitForLine(/^MSG bob@tweener\.test \S+ \d+$/);
  const body = answer.payload?.toString('utf8') ?? '';
  expect(body).toContain('Invitation-Command: CANCEL\r\n');
  expect(body).toContain('Invitation-Cookie: 777\r\n');
  expect(body).toContain('Cancel-Code: REJECT_NOT_INSTALLED\r\n');
});
