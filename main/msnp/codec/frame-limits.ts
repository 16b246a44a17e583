// What the reader accepts at most: one command line, one payload (reference: msnp8/README.md §3.4).

/** Longest accepted command line, CR included, LF excluded (msnp8/README.md §3.4 rule 3, §6). */
export const MAX_LINE_BYTES = 16 * 1024;

/** Largest accepted payload (msnp8/README.md §3.4 rule 3: the SB caps messages at 1664 anyway). */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
