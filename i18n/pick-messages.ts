import type { AbstractIntlMessages } from "next-intl";

/**
 * The part of the message catalogue named by `keys` (namespaces or dotted paths such as
 * "solutions.detail"), with its nesting kept so that client components look messages up as usual.
 * A key that names nothing is an error: a client component would otherwise show raw keys.
 */
export function pickMessages(messages: AbstractIntlMessages, keys: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const key of keys) {
    const path = key.split(".");
    let source: AbstractIntlMessages | string | undefined = messages;
    let target = picked;
    path.forEach((segment, index) => {
      if (typeof source !== "object" || !(segment in source)) throw new Error(`No messages under "${key}"`);
      source = source[segment];
      if (index === path.length - 1) {
        target[segment] = source!;
      } else {
        const next = target[segment];
        target = target[segment] = typeof next === "object" ? next : {};
      }
    });
  }
  return picked;
}
