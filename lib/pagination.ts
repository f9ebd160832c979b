// The rules for page and pageSize live in lib/validation.ts with the other field rules.

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Escapes the LIKE wildcards in user input. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
