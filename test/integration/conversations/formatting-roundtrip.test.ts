// X-MMS-IM-Format survives a trip through the switchboard, colour byte order included
// (switchboard.md §7, §7.2); line breaks are CR LF on the wire and `\n` in the core.
import { expect, it } from 'vitest';
import type { ChatMessage, MessageFormat } from '@shared/domain';
import { nextEvent } from './helpers/events';
import { useSignedInPair } from '../support/people';
import { BOB } from './helpers/peers';

const { alice, bob } = useSignedInPair();

it('font, effects, colour, charset, pitch/family and RTL arrive as sent', async () => {
  const format: MessageFormat = {
    font: 'Times New Roman',
    bold: true,
    italic: false,
    underline: true,
    strikethrough: true,
    color: '#12AB34',
    charset: 0xb1,
    pitchFamily: 0x12,
    rightToLeft: true,
  };
  const id = alice.chat.openConversation([BOB]);
  const received = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(id, 'שלום\r\nline two\rline three', format);
  const message = await received;
  expect(message.format).toEqual(format);
  expect(message.text).toBe('שלום\nline two\nline three');
});

it('a message without format arrives with format null', async () => {
  const id = alice.chat.openConversation([BOB]);
  const received = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(id, 'plain', null);
  expect(await received).toMatchObject({ text: 'plain', format: null });
});
