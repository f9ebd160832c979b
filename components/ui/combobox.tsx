"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { FieldError } from "@/components/ui/field";
import { ListboxOptions } from "@/components/ui/listbox-options";

export type ComboboxOption = { value: string; label: string; detail?: string };

type Props = {
  label: string;
  hint: string;
  errors?: string[];
  /** Name under which the typed text is submitted, so it comes back after a failed save. */
  textName: string;
  initialText: string;
  search: (query: string, signal: AbortSignal) => Promise<ComboboxOption[]>;
  /** Returns the text to show in the box after the choice ("" for multi-select pickers). */
  onChoose: (option: ComboboxOption) => string;
  onType?: () => void;
  /** Announced to screen readers when nothing is open, e.g. what is currently chosen. */
  status?: string;
  children?: ReactNode;
  /** Id of the text box, so an error summary can link to it (default: generated). */
  inputId?: string;
  /** A search box: Enter without an active option submits the form with the typed text. */
  enterSubmits?: boolean;
  /** The label for screen readers only (the header's search box); an empty hint is left out. */
  hideLabel?: boolean;
  /** What the live region says while the list is open (default: the municipality picker's texts). */
  announce?: (state: { loading: boolean; count: number }) => string;
};

/**
 * ARIA 1.2 combobox with a list box of search results, fetched as the member types. List
 * autocomplete *without* automatic selection (WAI-ARIA APG): no option is active until the member
 * moves to one with the arrow keys, and only Enter or a click chooses it. A pre-selected first
 * option let a habitual ArrowDown + Enter save the second town, and Enter on a half-typed word
 * silently add the first service.
 */
export function Combobox({ label, hint, errors, textName, initialText, search, onChoose, onType, status, children, inputId: givenInputId, enterSubmits = false, hideLabel = false, announce }: Props) {
  const t = useTranslations("municipalities.picker");
  const id = useId();
  const inputId = givenInputId ?? `${id}-input`;
  const listId = `${id}-list`;
  const [text, setText] = useState(initialText);
  const [options, setOptions] = useState<ComboboxOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const lastQuery = useRef("");
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  }, [search]);

  useEffect(() => {
    const q = text.trim();
    if (!open || q.length < 2 || q === lastQuery.current) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const found = await searchRef.current(q, controller.signal);
        lastQuery.current = q;
        setOptions(found);
        setActive(-1);
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

  const showList = open && text.trim().length >= 2;

  function choose(option: ComboboxOption) {
    const next = onChoose(option);
    setText(next);
    lastQuery.current = next.trim();
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      // From the first option back to the text box: nothing active again.
      setActive((i) => (i <= 0 ? -1 : i - 1));
    } else if (event.key === "Enter" && enterSubmits && active < 0) {
      // A search box: the typed text is the search; the form submits as it would without JavaScript.
      setOpen(false);
    } else if (event.key === "Enter" && showList && options.length > 0) {
      // While the list is open, Enter never submits the form: it chooses the active option or nothing.
      event.preventDefault();
      if (active >= 0 && options[active]) choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  const hasError = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`kern-form-input relative ${hasError ? "kern-form-input--error" : ""}`}>
      <label className={hideLabel ? "kern-sr-only" : "kern-label"} htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {children}
      <input
        id={inputId}
        name={textName}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy}
        className={`kern-form-input__input ${hasError ? "kern-form-input__input--error" : ""}`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
          onType?.();
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ListboxOptions
        id={listId}
        label={label}
        hidden={!showList || options.length === 0}
        active={active}
        options={options.map((option) => ({ key: option.value, label: option.label, detail: option.detail }))}
        onChoose={(index) => choose(options[index]!)}
      />
      <p className="kern-sr-only" aria-live="polite">
        {showList
          ? announce
            ? announce({ loading, count: options.length })
            : loading
              ? t("loading")
              : options.length === 0
                ? t("noMatch")
                : t("options", { count: options.length })
          : (status ?? "")}
      </p>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
