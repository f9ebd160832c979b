import { z } from "zod";
import { page, queryText } from "@/lib/validation";

/** Longest query the all-content search and the suggestions take. */
export const MAX_QUERY = 100;

/** `/search?q=`: one optional query (trimmed, no control characters, at most MAX_QUERY characters). */
export const everythingSearchInput = z.object({
  q: queryText(MAX_QUERY),
});
export type EverythingSearch = z.output<typeof everythingSearchInput>;

/**
 * `GET /api/search/suggestions?q=`: the prefix typed so far, by the same rule. A missing or blank one
 * answers an empty list, a malformed one (too long, control characters) 400.
 */
export const suggestionInput = z.object({
  q: queryText(MAX_QUERY),
});

/** `/search/comments?q=&page=`: the comments group's full list. */
export const commentSearchInput = z.object({
  q: queryText(MAX_QUERY),
  page: page(),
});
