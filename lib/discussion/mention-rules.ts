// Mentions are stored in the Markdown as a link to the member: `@[Anna Beispiel](/members/<id>)`.
// Pure functions, used on the server when a comment is saved and in the browser when one is written.

/** Longest name kept in a mention. */
export const MAX_MENTION_NAME = 100;

const MENTION = /@\[([^\[\]\n]{1,100})\]\(\/members\/([A-Za-z0-9_-]{1,64})\)/g;

export type Mention = { name: string; id: string };

/** Every mention in the text, in order of appearance (the same member may appear more than once). */
export function parseMentions(body: string): Mention[] {
  return [...body.matchAll(MENTION)].map((match) => ({ name: match[1]!, id: match[2]! }));
}

/** The distinct member ids mentioned in the text. */
export function mentionedIds(body: string): string[] {
  return [...new Set(parseMentions(body).map((m) => m.id))];
}

/**
 * The text to store: mentions of ids that are not members (`known` says which are) become the plain
 * text `@Name`, so a forged or stale link never points anywhere.
 */
export function resolveMentions(body: string, known: ReadonlySet<string>): string {
  return body.replace(MENTION, (whole, name: string, id: string) => (known.has(id) ? whole : `@${name}`));
}

/** Ids mentioned in `after` that were not mentioned in `before` (an edit notifies only those). */
export function addedMentionIds(before: string, after: string): string[] {
  const old = new Set(mentionedIds(before));
  return mentionedIds(after).filter((id) => !old.has(id));
}

/** The Markdown of a mention of this member; brackets in the name would end the link early. */
export function mentionMarkdown(member: { id: string; name: string }): string {
  const name = member.name.replace(/[\[\]\n]/g, " ").trim().slice(0, MAX_MENTION_NAME) || "?";
  return `@[${name}](/members/${member.id})`;
}

/**
 * The `@word` being typed just before the cursor, if any: the autocomplete searches for `query` and
 * replaces the text from `start` to the cursor. Only after a line start or white space, so that
 * e-mail addresses (`anna@example.org`) do not open the list.
 */
export function mentionQueryAt(text: string, cursor: number): { start: number; query: string } | null {
  const before = text.slice(0, cursor);
  const match = /(^|\s)@([^\s@\[\]()]{0,60}(?: [^\s@\[\]()]{1,60})?)$/.exec(before);
  if (!match) return null;
  const start = before.length - match[2]!.length - 1;
  return { start, query: match[2]! };
}
