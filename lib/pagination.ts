import { z } from "zod";

export const MAX_PAGE_SIZE = 100;

// Query-string values arrive as strings; an empty string means "not given".
export const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const pageParams = {
  page: z.preprocess(emptyToUndefined, z.coerce.number({ error: "errors.pageInvalid" }).int("errors.pageInvalid").min(1, "errors.pageInvalid").max(100_000, "errors.pageInvalid").default(1)),
  pageSize: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "errors.pageSizeInvalid" }).int("errors.pageSizeInvalid").min(1, "errors.pageSizeInvalid").max(MAX_PAGE_SIZE, "errors.pageSizeInvalid").default(20),
  ),
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const optionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, "errors.queryTooLong").optional());

/** Escapes the LIKE wildcards in user input. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
