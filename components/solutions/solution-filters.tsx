import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { FilterFooter } from "@/components/ui/filter-footer";
import { StateSelect, ThemenfeldSelect } from "@/components/ui/filter-selects";
import { SelectField } from "@/components/ui/select-field";
import { solutionStatuses } from "@/db/schema/solution-enums";
import { questionFilters, sizeBands, solutionSorts, type SolutionSearch } from "@/lib/solutions/schema";

type Props = {
  search: SolutionSearch;
  themenfelder: { id: number; name: string }[];
  states: { code: string; name: string }[];
};

/** A GET form: every filter lives in the URL, so a search can be shared, and it works without JS. */
export async function SolutionFilters({ search, themenfelder, states }: Props) {
  const t = await getTranslations("solutions");
  const str = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  return (
    <form role="search" method="get" className="flex flex-col gap-16 rounded-kern-default bg-kern-layout-background-hued p-16">
      <Field name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={str(search.q)} />
      <details open={Boolean(search.themenfeld || search.state || search.size || search.maturity !== undefined || search.status || search.software || search.openSource || search.service || search.ags || search.district || search.questions)}>
        <summary className="kern-label cursor-pointer">{t("filters")}</summary>
        <div className="mt-16 grid gap-16 md:grid-cols-3">
          <ThemenfeldSelect label={t("themenfeld")} allLabel={t("allThemenfelder")} value={str(search.themenfeld)} options={themenfelder} />
          <StateSelect label={t("state")} allLabel={t("allStates")} value={str(search.state)} options={states} />
          <SelectField name="size" label={t("size")} defaultValue={str(search.size)}>
            <option value="">{t("allSizes")}</option>
            {Object.keys(sizeBands).map((band) => (
              <option key={band} value={band}>
                {t(`sizes.${band}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="maturity" label={t("maturity")} defaultValue={str(search.maturity)}>
            <option value="">{t("anyMaturity")}</option>
            {[0, 1, 2, 3, 4].map((level) => (
              <option key={level} value={level}>
                {t(`maturityLevels.${level}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="status" label={t("status")} defaultValue={str(search.status)}>
            <option value="">{t("anyStatus")}</option>
            {solutionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="questions" label={t("questions")} defaultValue={str(search.questions)}>
            <option value="">{t("anyQuestions")}</option>
            {questionFilters.map((filter) => (
              <option key={filter} value={filter}>
                {t(`questionFilters.${filter}`)}
              </option>
            ))}
          </SelectField>
          <Field name="software" label={t("software")} defaultValue={str(search.software)} />
          <Field name="service" inputMode="numeric" label={t("service")} defaultValue={str(search.service)} />
          <CheckboxField name="openSource" value="true" label={t("openSourceOnly")} checked={search.openSource === true} className="self-end" />
          {search.ags ? <input type="hidden" name="ags" value={search.ags} /> : null}
          {search.district ? <input type="hidden" name="district" value={search.district} /> : null}
        </div>
      </details>
      <FilterFooter submitLabel={t("submit")} resetLabel={t("reset")} resetHref="/solutions">
        <SelectField name="sort" label={t("sort")} defaultValue={str(search.sort)}>
          <option value="">{t("sorts.relevance")}</option>
          {solutionSorts
            .filter((sort) => sort !== "relevance")
            .map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
        </SelectField>
      </FilterFooter>
    </form>
  );
}
