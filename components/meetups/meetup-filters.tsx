import { getTranslations } from "next-intl/server";
import { FilterFooter } from "@/components/ui/filter-footer";
import { StateSelect, ThemenfeldSelect } from "@/components/ui/filter-selects";
import { SelectField } from "@/components/ui/select-field";
import { meetupFormats } from "@/db/schema/meetup-enums";
import type { MeetupListSearch } from "@/lib/meetups/schema";

type Props = { search: MeetupListSearch; states: { code: string; name: string }[]; themenfelder: { id: number; name: string }[] };

export async function MeetupFilters({ search, states, themenfelder }: Props) {
  const t = await getTranslations("meetups");
  return (
    <form method="get" className="grid gap-16 rounded-kern-default bg-kern-layout-background-hued p-16 md:grid-cols-4">
      <div className="kern-form-input md:col-span-4">
        <label className="kern-label" htmlFor="meetups-q">
          {t("q")}
        </label>
        <input id="meetups-q" name="q" type="search" maxLength={100} defaultValue={search.q ?? ""} className="kern-form-input__input" />
      </div>
      <SelectField name="when" label={t("when")} defaultValue={search.when}>
        <option value="upcoming">{t("upcoming")}</option>
        <option value="past">{t("past")}</option>
      </SelectField>
      <StateSelect label={t("state")} allLabel={t("allStates")} value={search.state ?? ""} options={states} />
      <SelectField name="format" label={t("format")} defaultValue={search.format ?? ""}>
        <option value="">{t("allFormats")}</option>
        {meetupFormats.map((f) => (
          <option key={f} value={f}>
            {t(`formats.${f}`)}
          </option>
        ))}
      </SelectField>
      <ThemenfeldSelect label={t("themenfeld")} allLabel={t("allThemenfelder")} value={search.themenfeld ? String(search.themenfeld) : ""} options={themenfelder} />
      <FilterFooter submitLabel={t("submit")} resetLabel={t("reset")} resetHref="/meetups" className="md:col-span-4" />
    </form>
  );
}
