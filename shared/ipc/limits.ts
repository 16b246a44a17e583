// Limits both sides check, kept free of zod so the renderer bundle can import them.

/** Largest file a page may hand main as bytes (web harness: one WebSocket message). */
export const MAX_SEND_DATA_BYTES = 50 * 1024 * 1024;
/** Base64 of MAX_SEND_DATA_BYTES: 4 characters per 3 bytes, padded. */
export const MAX_SEND_DATA_CHARS = Math.ceil(MAX_SEND_DATA_BYTES / 3) * 4;

/** A name only I see for a contact: as long as a friendly name (129 characters). */
export const MAX_NICKNAME_CHARS = 129;
