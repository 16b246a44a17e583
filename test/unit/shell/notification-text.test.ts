// Notification bodies on Linux are markup to the notification daemon: escaped, and only there.
import { describe, expect, it } from 'vitest';
import {
  escapeNotificationMarkup,
  notificationBody,
} from '../../../main/windows/notification-text';

describe('notification text', () => {
  it('escapes &, < and > so the daemon shows the characters themselves', () => {
    expect(escapeNotificationMarkup('<img src="x"> & <u>y</u>')).toBe(
      '&lt;img src="x"&gt; &amp; &lt;u&gt;y&lt;/u&gt;',
    );
    // An entity typed by a contact stays visible as typed, not decoded by the daemon.
    expect(escapeNotificationMarkup('&lt;3')).toBe('&amp;lt;3');
    expect(escapeNotificationMarkup('plain text, émoji 😀')).toBe('plain text, émoji 😀');
  });

  it('only on Linux', () => {
    expect(notificationBody('a<b>', 'linux')).toBe('a&lt;b&gt;');
    expect(notificationBody('a<b>', 'win32')).toBe('a<b>');
    expect(notificationBody('a<b>', 'darwin')).toBe('a<b>');
  });
});
