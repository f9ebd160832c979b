// Pure rules of moderation (no I/O, no zod: the report form imports them in the browser).

/** A report's reason and a moderator's note: long enough for a few sentences, short enough to read in the queue. */
export const MAX_REASON_LENGTH = 1_000;
export const MAX_NOTE_LENGTH = 1_000;
