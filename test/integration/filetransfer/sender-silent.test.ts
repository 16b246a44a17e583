// A sender that offers a file and then never gives its address: the accepted transfer fails
// with FTTIMEOUT instead of waiting for ever (switchboard.md §11, §11.1). The sender is a raw
// MSNP client on the local network.
import { beforeEach, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import type { RawClient } from '../../server/helpers/raw-client';
import { nextEvent } from '../conversations/helpers/events';
import { ALICE, BOB } from '../conversations/helpers/peers';
import { rawCallerInto } from '../conversations/helpers/raw-caller';
import { useSignedIn } from '../support/people';

const people = useSignedIn([BOB], {
  [BOB]: { fileTransfer: { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', timeoutMs: 300 } },
});
const bob = people.peer(BOB);
let aliceSb: RawClient;
beforeEach(async () => {
  aliceSb = await rawCallerInto(people.net, ALICE, BOB);
});

it('fails the accepted transfer and tells the sender FTTIMEOUT', async () => {
  const offered = nextEvent<FileTransfer>(bob.chat, 'fileTransfer', (t) => t.state === 'offered');
  aliceSb.sendPayload(
    `MSG ${aliceSb.nextTrid()} N`,
    'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgsinvite; charset=UTF-8\r\n\r\n' +
      'Application-Name: File Transfer\r\nApplication-GUID: {5D3E02AB-6190-11d3-BBBB-00C04F795683}\r\n' +
      'Invitation-Command: INVITE\r\nInvitation-Cookie: 48213\r\nApplication-File: notes.txt\r\n' +
      'Application-FileSize: 11\r\n\r\n',
  );
  const offer = await offered;
  expect(offer).toMatchObject({ fileName: 'notes.txt', size: 11, peer: ALICE });
  const failed = nextEvent<FileTransfer>(bob.chat, 'fileTransfer', (t) => t.state === 'failed');
  bob.chat.acceptFile(offer.id);
  const accept = await aliceSb.waitForLine(/^MSG bob@tweener\.test \S+ \d+$/);
  expect(accept.payload?.toString()).toContain('Invitation-Command: ACCEPT\r\n');
  expect((await failed).error).toBe('The file could not be transferred (connection failed).');
  const cancel = await aliceSb.waitForLine(/^MSG bob@tweener\.test \S+ \d+$/);
  expect(cancel.payload?.toString()).toContain('Cancel-Code: FTTIMEOUT\r\n');
});
