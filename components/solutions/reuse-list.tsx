import { getTranslations } from "next-intl/server";
import type { reuseStatuses } from "@/db/schema/solution-enums";
import { Link } from "@/i18n/navigation";

type Reuse = { status: (typeof reuseStatuses)[number]; solution: { slug: string; title: string; municipality: { name: string } } };

/** Solutions a municipality adopted from others: title, origin and how far the reuse got. */
export async function ReuseList({ reuses }: { reuses: readonly Reuse[] }) {
  const ts = await getTranslations("solutions.detail");
  return (
    <ul className="kern-list">
      {reuses.map((reuse) => (
        <li key={reuse.solution.slug}>
          <Link href={`/solutions/${reuse.solution.slug}`} className="kern-link">
            {reuse.solution.title}
          </Link>{" "}
          ({reuse.solution.municipality.name}) – {ts(`reuseStatuses.${reuse.status}`)}
        </li>
      ))}
    </ul>
  );
}
