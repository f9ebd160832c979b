// Plain value lists, free of Drizzle imports, so client components can use them too.
export const solutionStatuses = ["planned", "in_progress", "live"] as const;
export const solutionStates = ["draft", "published"] as const;
export const solutionLinkKinds = ["efa_marketplace", "opencode", "documentation", "website"] as const;
export const reuseStatuses = ["considering", "in_progress", "live"] as const;
