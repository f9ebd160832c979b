import "server-only";
import { renderMarkdown } from "@/lib/markdown/render";
import type { SolutionDetailDto, SolutionListDto, SolutionListItemDto } from "./api-schema";
import { getSolutionBySlug, listDerivedSolutions, listReusesOfSolution, type SolutionListItem } from "./queries";
import { anonymousViewer } from "@/lib/visibility/rules";

// The public JSON shapes (./api-schema.ts) leave out what only members see; dates become ISO
// strings here rather than by accident in JSON.
export type { SolutionDetailDto, SolutionListItemDto };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toListItemDto(item: SolutionListItem): SolutionListItemDto {
  return {
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    municipality: item.municipality,
    services: item.services,
    themenfeld: item.themenfeld,
    maturity: item.maturity,
    status: item.status,
    reuseCount: item.reuseCount,
    helpfulCount: item.helpfulCount,
    updatedAt: item.updatedAt.toISOString(),
    publishedAt: iso(item.publishedAt),
  };
}

/**
 * A catalogue page (lib/search/solution-queries.ts) as the list envelope plus `totalCapped`: when
 * true, `total` is a lower bound (more matches exist).
 */
export function toSolutionListDto(page: { items: SolutionListItem[]; total: number; totalCapped?: boolean; page: number; pageSize: number }): SolutionListDto {
  return { items: page.items.map(toListItemDto), total: page.total, totalCapped: page.totalCapped ?? false, page: page.page, pageSize: page.pageSize };
}

/** A published solution as anonymous API callers may see it; null for unknown slugs and drafts. */
export async function getPublicSolution(slug: string): Promise<SolutionDetailDto | null> {
  // The anonymous viewer whoever calls: drafts, network-only and hidden solutions are unknown here,
  // and the members-only fields of a public one come back as null.
  const solution = await getSolutionBySlug(slug, anonymousViewer);
  if (!solution) return null;
  const [html, reuses, derived] = await Promise.all([
    renderMarkdown(solution.body),
    listReusesOfSolution(solution.id),
    listDerivedSolutions(solution.id),
  ]);
  return {
    slug: solution.slug,
    title: solution.title,
    summary: solution.summary,
    body: { markdown: solution.body, html },
    municipality: solution.municipality,
    services: solution.services,
    status: solution.status,
    goLiveDate: solution.goLiveDate,
    maturity: solution.maturity,
    software: solution.software,
    vendor: solution.vendor,
    isOpenSource: solution.isOpenSource,
    repositoryUrl: solution.repositoryUrl,
    costOneOffMin: solution.costOneOffMin,
    costOneOffMax: solution.costOneOffMax,
    costYearlyMin: solution.costYearlyMin,
    costYearlyMax: solution.costYearlyMax,
    effortPersonDays: solution.effortPersonDays,
    lessonsLearned: solution.lessonsLearned,
    contactName: solution.contactName,
    membersOnly: solution.hiddenFields,
    author: { name: solution.author?.name ?? null },
    coauthors: solution.coauthors.map((c) => ({ name: c.name })),
    tags: solution.tags,
    links: solution.links,
    basedOn: solution.basedOn,
    reuseCount: solution.reuseCount,
    helpfulCount: solution.helpfulCount,
    reuses: reuses.map((r) => ({ municipality: r.municipality, status: r.status })),
    derived: derived.map(toListItemDto),
    version: solution.version,
    confirmedAt: iso(solution.confirmedAt),
    createdAt: solution.createdAt.toISOString(),
    updatedAt: solution.updatedAt.toISOString(),
    publishedAt: iso(solution.publishedAt),
  };
}
