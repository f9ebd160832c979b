import type { SolutionSnapshot } from "@/db/schema";
import { membersOnlyFieldGroups } from "@/db/schema/membership-enums";
import { formValues } from "@/lib/form-state";

/** The name of a field group's "nur für Mitglieder" checkbox. */
export const membersOnlyName = (group: (typeof membersOnlyFieldGroups)[number]) => `membersOnly-${group}`;
/**
 * Sent by the form beside the checkboxes: an unticked box sends nothing, so only this tells "all
 * unticked" from "a caller that knows nothing of them" (which keeps the default, contact only).
 */
export const MEMBERS_ONLY_MARKER = "membersOnlyShown";

export const LINK_ROWS = 3;

/**
 * The OZG services chosen in a ServicePicker (components/solutions/service-picker.tsx): its hidden
 * `serviceIds` fields, or, without JavaScript, where the picker is a plain text box, the OZG-IDs
 * typed into it ("10001, 10002").
 */
export function chosenServiceIds(formData: FormData): string[] {
  const chosen = formData.getAll("serviceIds").filter((v): v is string => typeof v === "string" && v !== "");
  const typed = String(formData.get("serviceQuery") ?? "").trim();
  if (chosen.length === 0 && /^\d{5}(\s*,\s*\d{5})*$/.test(typed)) return typed.split(",").map((id) => id.trim());
  return chosen;
}

/**
 * The form posts flat strings; the schema wants lists. `values` is what goes back into the form
 * after a failed save (so nothing typed is lost), `input` is what the schema validates.
 */
export function solutionFormData(formData: FormData) {
  const values = formValues(formData);
  const serviceIds = chosenServiceIds(formData);
  values.serviceIds = serviceIds.join(",");
  const links = Array.from({ length: LINK_ROWS }, (_, i) => ({
    kind: values[`link-${i}-kind`] ?? "",
    url: values[`link-${i}-url`] ?? "",
    label: values[`link-${i}-label`] ?? "",
  })).filter((link) => link.url.trim() !== "" || link.label.trim() !== "");
  const input = {
    ...values,
    serviceIds,
    links,
    // An unticked checkbox sends nothing at all.
    isOpenSource: values.isOpenSource === "on" ? "true" : "false",
    membersOnlyFields: values[MEMBERS_ONLY_MARKER] ? membersOnlyFieldGroups.filter((group) => values[membersOnlyName(group)] === "on") : undefined,
  };
  return { values, input };
}

type EditableValues = Omit<SolutionSnapshot, "basedOnId"> & { basedOnSlug?: string | null };

/** A stored version as form strings: used to prefill the edit form and to compare versions. */
export function snapshotToValues(snapshot: EditableValues): Record<string, string> {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));
  const values: Record<string, string> = {
    title: snapshot.title,
    summary: snapshot.summary,
    body: snapshot.body,
    municipalityAgs: snapshot.municipalityAgs,
    status: snapshot.status,
    goLiveDate: text(snapshot.goLiveDate),
    maturity: text(snapshot.maturity),
    software: text(snapshot.software),
    vendor: text(snapshot.vendor),
    isOpenSource: snapshot.isOpenSource ? "on" : "",
    repositoryUrl: text(snapshot.repositoryUrl),
    costOneOffMin: text(snapshot.costOneOffMin),
    costOneOffMax: text(snapshot.costOneOffMax),
    costYearlyMin: text(snapshot.costYearlyMin),
    costYearlyMax: text(snapshot.costYearlyMax),
    effortPersonDays: text(snapshot.effortPersonDays),
    lessonsLearned: text(snapshot.lessonsLearned),
    contactName: text(snapshot.contactName),
    contactEmail: text(snapshot.contactEmail),
    contactPhone: text(snapshot.contactPhone),
    serviceIds: snapshot.serviceIds.join(","),
    tags: snapshot.tags.join(", "),
    basedOnSlug: text(snapshot.basedOnSlug),
    visibility: snapshot.visibility,
    [MEMBERS_ONLY_MARKER]: "1",
  };
  for (const group of membersOnlyFieldGroups) values[membersOnlyName(group)] = snapshot.membersOnlyFields.includes(group) ? "on" : "";
  snapshot.links.forEach((link, i) => {
    values[`link-${i}-kind`] = link.kind;
    values[`link-${i}-url`] = link.url;
    values[`link-${i}-label`] = text(link.label);
  });
  return values;
}

export const comparedFields = [
  "title",
  "summary",
  "body",
  "serviceIds",
  "status",
  "goLiveDate",
  "maturity",
  "software",
  "vendor",
  "isOpenSource",
  "repositoryUrl",
  "costOneOffMin",
  "costOneOffMax",
  "costYearlyMin",
  "costYearlyMax",
  "effortPersonDays",
  "lessonsLearned",
  "contactName",
  "contactEmail",
  "contactPhone",
  "tags",
  "links",
  "visibility",
  "membersOnlyFields",
] as const;
export type ComparedField = (typeof comparedFields)[number];

function linksText(values: Record<string, string>): string {
  return Array.from({ length: LINK_ROWS }, (_, i) => values[`link-${i}-url`] ?? "")
    .filter(Boolean)
    .join("\n");
}

function normalise(field: ComparedField, values: Record<string, string>): string {
  if (field === "links") return linksText(values);
  if (field === "tags") return (values.tags ?? "").split(",").map((t) => t.trim()).filter(Boolean).join(", ");
  if (field === "isOpenSource") return values.isOpenSource === "on" ? "✓" : "–";
  // Group names, not translated labels: the history shows them as they are stored.
  if (field === "membersOnlyFields") return membersOnlyFieldGroups.filter((group) => values[membersOnlyName(group)] === "on").join(", ");
  return (values[field] ?? "").trim();
}

/** The fields whose content differs between two versions, with both sides as display text. */
export function changedFields(before: Record<string, string>, after: Record<string, string>) {
  return comparedFields.flatMap((field) => {
    const a = normalise(field, before);
    const b = normalise(field, after);
    return a === b ? [] : [{ field, before: a, after: b }];
  });
}
