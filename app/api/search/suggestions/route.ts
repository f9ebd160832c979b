import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/responses";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";
import { suggestionInput } from "@/lib/search/schema";
import { listSuggestions } from "@/lib/search/suggestion-queries";

/**
 * Suggestions for the search box as you type (components/search/search-combobox.tsx). Public
 * content only; rate-limited per IP like the API; 400 for a missing, too long or control-character
 * query, or an unknown parameter.
 */
export async function GET(request: Request) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const query = parseQuery(suggestionInput, new URL(request.url));
  if (!query.ok) return query.response;
  const suggestions = await listSuggestions(query.data.q ?? "");
  // The same for every caller: a browser may reuse an answer for a minute while typing back and forth.
  return NextResponse.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } });
}
