"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";

type Service = { id: number; name: string };

async function searchServices(q: string, signal: AbortSignal): Promise<ComboboxOption[]> {
  const response = await fetch(`/api/v1/services?${new URLSearchParams({ q, pageSize: "10" })}`, { signal });
  if (!response.ok) return [];
  const body = (await response.json()) as { items: { id: number; name: string; themenfeld: string }[] };
  return body.items.map((s) => ({ value: String(s.id), label: s.name, detail: `${s.themenfeld}, ${s.id}` }));
}

/**
 * Several OZG services, each chosen from the catalogue; every choice is a hidden `serviceIds` field.
 * `label` and `hint` replace the solution form's texts where the picker asks something else
 * (the profile's "which services do you know").
 */
export function ServicePicker({ initial, errors, label, hint }: { initial: Service[]; errors?: string[]; label?: string; hint?: string }) {
  const t = useTranslations("solutions.form");
  const [selected, setSelected] = useState<Service[]>(initial);
  return (
    <div className="flex flex-col gap-8">
      <Combobox
        inputId="serviceIds"
        label={label ?? t("services")}
        hint={hint ?? t("servicesHint")}
        errors={errors}
        textName="serviceQuery"
        initialText=""
        search={searchServices}
        onChoose={(option) => {
          const id = Number(option.value);
          setSelected((current) => (current.some((s) => s.id === id) ? current : [...current, { id, name: option.label }]));
          return "";
        }}
        status={selected.map((s) => s.name).join(", ")}
      >
        {selected.map((s) => (
          <input key={s.id} type="hidden" name="serviceIds" value={s.id} />
        ))}
      </Combobox>
      <div>
        <p className="kern-label kern-label--small">{t("servicesSelected")}</p>
        {selected.length === 0 ? (
          <p className="kern-body kern-body--small">{t("servicesNone")}</p>
        ) : (
          <ul className="flex flex-wrap gap-8">
            {selected.map((s) => (
              <li key={s.id} className="flex items-center gap-4 rounded-kern-default border border-kern-layout-border px-8 py-4">
                <span className="kern-body kern-body--small">
                  {s.name} ({s.id})
                </span>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  aria-label={t("serviceRemove", { name: s.name })}
                  onClick={() => setSelected((current) => current.filter((c) => c.id !== s.id))}
                >
                  <span className="kern-icon kern-icon--close kern-icon--small" aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
