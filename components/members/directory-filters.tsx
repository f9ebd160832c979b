import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/field";
import { FilterFooter } from "@/components/ui/filter-footer";
import { DistrictSelect, StateSelect, ThemenfeldSelect } from "@/components/ui/filter-selects";
import { SelectField } from "@/components/ui/select-field";
import type { DirectorySearch } from "@/lib/members/profile-schema";

type Props = {
  search: DirectorySearch;
  states: { code: string; name: string }[];
  districts: { code: string; name: string; type: string }[];
  themenfelder: { id: number; name: string }[];
  services: { id: number; name: string }[];
};

/** The members directory's filters: a plain GET form, everything in the URL, works without JavaScript. */
export async function DirectoryFilters({ search, states, districts, themenfelder, services }: Props) {
  const t = await getTranslations("members.directory");
  return (
    <form role="search" method="get" className="grid gap-16 rounded-kern-default bg-kern-layout-background-hued p-16 md:grid-cols-3">
      <Field name="software" type="search" label={t("software")} hint={t("softwareHint")} defaultValue={search.software ?? ""} />
      <ThemenfeldSelect label={t("themenfeld")} allLabel={t("allThemenfelder")} value={search.themenfeld ? String(search.themenfeld) : ""} options={themenfelder} />
      <SelectField name="service" label={t("service")} defaultValue={search.service ? String(search.service) : ""}>
        <option value="">{t("allServices")}</option>
        {services.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <StateSelect label={t("state")} allLabel={t("allStates")} value={search.state ?? ""} options={states} />
      <DistrictSelect label={t("district")} allLabel={t("allDistricts")} chooseStateFirst={t("chooseStateFirst")} value={search.district ?? ""} options={districts} />
      <Field name="municipality" type="search" label={t("municipality")} hint={t("municipalityHint")} defaultValue={search.municipality ?? ""} />
      <Field name="q" type="search" label={t("name")} defaultValue={search.q ?? ""} />
      <FilterFooter submitLabel={t("submit")} resetLabel={t("reset")} resetHref="/members" className="md:col-span-3" />
    </form>
  );
}
