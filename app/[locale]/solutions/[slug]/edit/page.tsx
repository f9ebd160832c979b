import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SolutionForm } from "@/components/solutions/solution-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/session";
import { updateSolutionAction } from "@/lib/solutions/actions";
import { snapshotToValues } from "@/lib/solutions/form-values";
import { isModerator } from "@/lib/solutions/permissions";
import { getSolutionBySlug } from "@/lib/solutions/queries";
import { solutionSlug } from "@/lib/solutions/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("solutions.form");
  return { title: t("editTitle") };
}

export default async function EditSolutionPage({ params }: PageProps<"/[locale]/solutions/[slug]/edit">) {
  const { slug } = await params;
  const member = await requireMember(`/solutions/${slug}/edit`);
  const solution = solutionSlug.safeParse(slug).success ? await getSolutionBySlug(slug, member) : null;
  // Someone who may not edit learns nothing more about the record than anyone else.
  if (!solution || !solution.canEdit) notFound();
  const t = await getTranslations("solutions.form");
  const initial = {
    ...snapshotToValues({ ...solution, basedOnSlug: solution.basedOn?.slug ?? null, municipalityAgs: solution.municipality.ags }),
    expectedVersion: String(solution.version),
  };
  return (
    <div className="flex max-w-960 flex-col gap-24">
      <PageHeader title={t("editTitle")} lead={solution.title} />
      <ClientMessages keys={["solutions", "municipalities.picker", "errors", "visibility.form"]}>
        <SolutionForm
          action={updateSolutionAction.bind(null, solution.slug)}
          initial={initial}
          initialServices={solution.services.map((s) => ({ id: s.id, name: s.name }))}
          municipality={{ ags: solution.municipality.ags, name: solution.municipality.name, choosable: isModerator(member.role) }}
        />
      </ClientMessages>
    </div>
  );
}
