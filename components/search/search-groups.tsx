import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MeetupDate } from "@/components/meetups/meetup-date";
import { CommentHitDetail } from "./comment-hits";
import { Highlighted } from "@/components/ui/highlighted";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { commentHref } from "@/lib/discussion/rules";
import type { EverythingResult, Group } from "@/lib/search/grouped-queries";

type GroupKey = keyof EverythingResult;
type Hit = { key: string; href: string; label: ReactNode; detail: ReactNode };

/** One group of /search: its count, its first hits and the link to its full list with the same query. */
async function ResultGroup({ name, q, group, hits, listPath }: { name: GroupKey; q: string; group: Group<unknown>; hits: Hit[]; listPath: string }) {
  const t = await getTranslations("search.page");
  const title = t(`groups.${name}`);
  const count = group.totalCapped ? t("countCapped", { count: group.total }) : t("count", { count: group.total });
  return (
    <Section titleId={`search-group-${name}`} title={`${title} (${count})`} className="flex min-w-0 flex-col gap-12">
      {hits.length === 0 ? (
        <p className="kern-body">{t("groupNone")}</p>
      ) : (
        <>
          <ul className="flex flex-col gap-8">
            {hits.map((hit) => (
              <li key={hit.key} className="flex flex-col">
                <Link href={hit.href} className="kern-link">
                  {hit.label}
                </Link>
                <span className="kern-body kern-body--small text-kern-layout-text-muted">{hit.detail}</span>
              </li>
            ))}
          </ul>
          <p className="kern-body">
            <Link href={{ pathname: listPath, query: { q } }} className="kern-link">
              {group.totalCapped ? t("showAllCapped", { count: group.total, group: title }) : t("showAll", { count: group.total, group: title })}
            </Link>
          </p>
        </>
      )}
    </Section>
  );
}

/** The groups of the all-content search, solutions first (members for verified members); each links to its own list page. */
export async function SearchGroups({ q, result }: { q: string; result: EverythingResult }) {
  const highlight = result.solutions.explanation?.highlight;
  const groups: { name: GroupKey; group: Group<unknown>; hits: Hit[]; listPath?: string }[] = [
    {
      name: "solutions",
      group: result.solutions,
      hits: result.solutions.items.map((s) => ({
        key: s.slug,
        href: `/solutions/${s.slug}`,
        label: <Highlighted text={s.title} words={highlight} />,
        detail: [s.municipality.name, ...s.services.map((x) => x.name)].join(" · "),
      })),
    },
    {
      name: "services",
      group: result.services,
      hits: result.services.items.map((s) => ({ key: String(s.id), href: `/services/${s.id}`, label: s.name, detail: `${s.themenfeld} · ${s.lebenslage}` })),
    },
    {
      name: "municipalities",
      group: result.municipalities,
      hits: result.municipalities.items.map((m) => ({ key: m.ags, href: `/municipalities/${m.ags}`, label: m.name, detail: `${m.districtName} · ${m.stateName}` })),
    },
    {
      name: "meetups",
      group: result.meetups,
      hits: result.meetups.items.map((m) => ({ key: m.slug, href: `/meetups/${m.slug}`, label: m.title, detail: <MeetupDate startsAt={m.startsAt} endsAt={m.endsAt} /> })),
    },
    {
      name: "comments",
      group: result.comments,
      listPath: "/search/comments",
      hits: result.comments.items.map((c) => ({
        key: c.id,
        href: commentHref(c),
        label: <Highlighted text={c.excerpt} words={c.words} />,
        detail: <CommentHitDetail hit={c} />,
      })),
    },
  ];
  if (result.members) {
    groups.push({
      name: "members",
      group: result.members,
      hits: result.members.items.map((m) => ({
        key: m.id,
        href: `/members/${m.id}`,
        label: m.name,
        detail: [m.roleTitle, m.municipalityName ?? m.organisationName, ...m.software].filter(Boolean).join(" · "),
      })),
    });
  }
  return (
    <div className="grid gap-32 md:grid-cols-2">
      {groups.map(({ name, group, hits, listPath }) => (
        <ResultGroup key={name} name={name} q={q} listPath={listPath ?? `/${name}`} group={group} hits={hits} />
      ))}
    </div>
  );
}
