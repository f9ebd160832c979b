"use client";

import { useTranslations } from "next-intl";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { useRouter } from "@/i18n/navigation";

type Suggestion = { kind: "service" | "municipality" | "solution"; label: string; path: string };

/**
 * The one search box (header and /search): a plain GET form to /search that, with JavaScript,
 * suggests services, municipalities and solution titles as you type (an ARIA 1.2 combobox,
 * components/ui/combobox.tsx). Enter on a suggestion opens it; Enter on the typed text searches.
 */
export function SearchBox({ action, inputId, initialText = "", compact = false }: { action: string; inputId: string; initialText?: string; compact?: boolean }) {
  const t = useTranslations("search.box");
  const router = useRouter();
  async function suggest(q: string, signal: AbortSignal): Promise<ComboboxOption[]> {
    const response = await fetch(`/api/search/suggestions?${new URLSearchParams({ q })}`, { signal });
    if (!response.ok) return [];
    const body = (await response.json()) as { suggestions: Suggestion[] };
    return body.suggestions.map((s) => ({ value: s.path, label: s.label, detail: t(`kinds.${s.kind}`) }));
  }
  return (
    <form role="search" action={action} method="get" className="flex w-full flex-wrap items-end gap-8">
      {/* On /search the box with its hint takes a row of its own on a phone; the button follows below. */}
      <div className={`min-w-0 flex-1 ${compact ? "" : "basis-256"}`}>
        <Combobox
          inputId={inputId}
          label={t("label")}
          hint={compact ? "" : t("hint")}
          hideLabel={compact}
          textName="q"
          initialText={initialText}
          search={suggest}
          enterSubmits
          onChoose={(option) => {
            router.push(option.value);
            return option.label;
          }}
          announce={({ loading, count }) => (loading ? t("loading") : count === 0 ? t("noMatch") : t("options", { count }))}
        />
      </div>
      <button type="submit" className={`kern-btn kern-btn--primary ${compact ? "kern-btn--small" : ""} mb-4 shrink-0`}>
        <span className="kern-label">{t("submit")}</span>
      </button>
    </form>
  );
}
