// Client capabilities ("client ID"): what we send with CHG and how we read others'.
// reference: presence.md §3

/** presence.md §3: an MSNP8 client claims nothing, so peers never expect MSNC/P2P, ink or chunking. */
export const OWN_CAPABILITIES = 0;

export interface Capabilities {
  mobile: boolean;
  msn8: boolean;
  inkGif: boolean;
  inkIsf: boolean;
  webcam: boolean;
  multiPacket: boolean;
  mobilePaging: boolean;
  msnDirect: boolean;
  webClient: boolean;
  /** 0 = MSN 5 era, 1 = MSN 6.0 (MSNC1), … 10 = WLM 2009 (the top byte's high nibble). */
  msncVersion: number;
}

/** Reads a capabilities number; anything unparsable counts as 0 (presence.md §4.1). */
export function parseCapabilities(value: number | string | undefined): Capabilities {
  const n = typeof value === 'number' ? value : toUint32(value);
  return {
    mobile: (n & 0x01) !== 0,
    msn8: (n & 0x02) !== 0,
    inkGif: (n & 0x04) !== 0,
    inkIsf: (n & 0x08) !== 0,
    webcam: (n & 0x10) !== 0,
    multiPacket: (n & 0x20) !== 0,
    mobilePaging: (n & 0x40) !== 0,
    msnDirect: (n & 0x80) !== 0,
    // presence.md §3 Uncertain: some code uses 0x100 for the web client; accept both.
    webClient: (n & 0x300) !== 0,
    msncVersion: (n >>> 28) & 0x0f,
  };
}

/** The decimal capabilities parameter of ILN/NLN as an unsigned 32-bit number, 0 if bad. */
export function toUint32(text: string | undefined): number {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return 0;
  const n = Number(text);
  return n > 0xffffffff ? 0 : n;
}
