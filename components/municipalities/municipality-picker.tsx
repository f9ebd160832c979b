"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";

type Props = {
  name: string;
  initialAgs: string;
  initialText: string;
  errors?: string[];
  label?: string;
};

type MunicipalityItem = { ags: string; name: string; districtName: string; stateName: string };

async function searchMunicipalities(q: string, signal: AbortSignal): Promise<ComboboxOption[]> {
  const response = await fetch(`/api/v1/municipalities?${new URLSearchParams({ q, pageSize: "8" })}`, { signal });
  if (!response.ok) return [];
  const body = (await response.json()) as { items: MunicipalityItem[] };
  return body.items.map((m) => ({ value: m.ags, label: m.name, detail: `${m.districtName}, ${m.stateName}` }));
}

/**
 * Picks one municipality from the directory. The chosen AGS travels in a hidden field; the typed
 * text is submitted too (as `municipalityQuery`) so that it comes back after a failed save.
 */
export function MunicipalityPicker({ name, initialAgs, initialText, errors, label }: Props) {
  const t = useTranslations("municipalities.picker");
  const [ags, setAgs] = useState(initialAgs);
  const [chosen, setChosen] = useState(initialAgs ? initialText : "");
  return (
    <Combobox
      inputId={name}
      label={label ?? t("label")}
      hint={t("hint")}
      errors={errors}
      textName="municipalityQuery"
      initialText={initialText}
      search={searchMunicipalities}
      onChoose={(option) => {
        const text = `${option.label} (${option.detail?.split(",")[0]})`;
        setAgs(option.value);
        setChosen(text);
        return text;
      }}
      onType={() => setAgs("")}
      status={ags ? t("selected", { name: chosen }) : ""}
    >
      <input type="hidden" name={name} value={ags} />
    </Combobox>
  );
}
