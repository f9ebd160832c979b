"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FieldError } from "@/components/ui/field";

type Option = { ags: string; name: string; districtName: string; stateName: string };

type Props = {
  name: string;
  initialAgs: string;
  initialText: string;
  errors?: string[];
};

/**
 * ARIA 1.2 combobox over the directory API. The chosen AGS travels in a hidden field; the typed text
 * is submitted too (as `municipalityQuery`) so that it comes back after a failed save.
 */
export function MunicipalityPicker({ name, initialAgs, initialText, errors }: Props) {
  const t = useTranslations("municipalities.picker");
  const te = useTranslations();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [text, setText] = useState(initialText);
  const [ags, setAgs] = useState(initialAgs);
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const lastQuery = useRef("");

  useEffect(() => {
    const q = text.trim();
    if (!open || q.length < 2 || q === lastQuery.current) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch(`/api/v1/municipalities?${new URLSearchParams({ q, pageSize: "8" })}`, { signal: controller.signal });
        if (response.ok) {
          const body = (await response.json()) as { items: Option[] };
          lastQuery.current = q;
          setOptions(body.items);
          setActive(body.items.length > 0 ? 0 : -1);
        }
      } catch {
        // Aborted by the next keystroke, or offline: the list simply stays as it was.
      } finally {
        setLoading(false);
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);

  function choose(option: Option) {
    setAgs(option.ags);
    setText(`${option.name} (${option.districtName})`);
    lastQuery.current = `${option.name} (${option.districtName})`;
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const showList = open && text.trim().length >= 2;
  const hasError = Boolean(errors && errors.length > 0);
  const describedBy = [`${id}-hint`, hasError ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <div className={`kern-form-input relative ${hasError ?"kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={inputId}>
        {t("label")}
      </label>
      <div className="kern-hint" id={`${id}-hint`}>
        {t("hint")}
      </div>
      <input type="hidden" name={name} value={ags} />
      <input
        id={inputId}
        name="municipalityQuery"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy}
        className={`kern-form-input__input ${hasError ?"kern-form-input__input--error" : ""}`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setAgs("");
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("label")}
        hidden={!showList || options.length === 0}
        className="absolute top-full z-20 mt-4 max-h-320 w-full overflow-auto border border-kern-layout-border bg-kern-layout-background-default"
      >
        {options.map((option, index) => (
          <li
            key={option.ags}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-12 py-8 ${index === active ?"bg-kern-action-default text-kern-action-on-default" : ""}`}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.name} <span className="text-kern-static-small">({option.districtName}, {option.stateName})</span>
          </li>
        ))}
      </ul>
      <p className="kern-sr-only" aria-live="polite">
        {showList ? (loading ? t("loading") : options.length === 0 ? t("noMatch") : t("options", { count: options.length })) : ags ? t("selected", { name: text }) : ""}
      </p>
      <FieldError id={`${id}-error`} errors={errors} translate={(key) => te(key)} />
    </div>
  );
}
