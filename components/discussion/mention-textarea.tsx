"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type Ref } from "react";
import { searchMentionsAction, type MentionCandidate } from "@/lib/discussion/actions";
import { ListboxOptions } from "@/components/ui/listbox-options";
import { mentionMarkdown, mentionQueryAt } from "@/lib/discussion/mention-rules";

type Props = {
  ref: Ref<HTMLTextAreaElement>;
  id: string;
  name: string;
  rows: number;
  defaultValue: string;
  invalid: boolean;
  describedBy: string;
  /** Every change of the text (typed or inserted), for the draft. */
  onText: (text: string) => void;
};

/**
 * The comment textarea with an @mention autocomplete (ARIA 1.2 combobox with a list box, no
 * automatic selection, like components/ui/combobox.tsx): typing `@An` lists matching members,
 * ArrowDown/ArrowUp move through them, Enter or Tab inserts `@[Name](/members/<id>)`, Escape
 * closes. Enter without a chosen member is a line break as always. Without JavaScript it is a
 * plain textarea.
 */
export function MentionTextarea({ ref, id, name, rows, defaultValue, invalid, describedBy, onText }: Props) {
  const t = useTranslations("comments.form");
  const listId = `${useId()}-mentions`;
  const inner = useRef<HTMLTextAreaElement | null>(null);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [options, setOptions] = useState<MentionCandidate[]>([]);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);

  const q = query?.query ?? "";
  useEffect(() => {
    if (q.length < 2) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const found = await searchMentionsAction(q);
        if (!cancelled) {
          setOptions(found);
          setActive(-1);
        }
      } catch {
        // Offline or signed out: no suggestions, typing goes on.
      } finally {
        if (!cancelled) setLoading(false);
      }
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q]);

  const open = q.length >= 2 && options.length > 0;

  function track(el: HTMLTextAreaElement) {
    const found = mentionQueryAt(el.value, el.selectionStart ?? el.value.length);
    setQuery(found);
    if (!found || found.query.length < 2) {
      setOptions([]);
      setActive(-1);
    }
  }

  function insert(option: MentionCandidate) {
    const el = inner.current;
    if (!el || !query) return;
    const cursor = el.selectionStart ?? el.value.length;
    const text = `${mentionMarkdown(option)} `;
    el.value = el.value.slice(0, query.start) + text + el.value.slice(cursor);
    const at = query.start + text.length;
    el.setSelectionRange(at, at);
    el.focus();
    setQuery(null);
    setOptions([]);
    setActive(-1);
    onText(el.value);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i <= 0 ? -1 : i - 1));
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      insert(options[active]!);
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      insert(options[Math.max(active, 0)]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setQuery(null);
      setOptions([]);
      setActive(-1);
    }
  }

  return (
    <div className="relative w-full">
      <textarea
        ref={(el) => {
          inner.current = el;
          if (typeof ref === "function") ref(el);
          else if (ref) ref.current = el;
        }}
        id={id}
        name={name}
        rows={rows}
        role="combobox"
        aria-autocomplete="list"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        className={`kern-form-input__input min-h-160 w-full max-w-none ${invalid ? "kern-form-input__input--error" : ""}`}
        defaultValue={defaultValue}
        onInput={(event) => {
          onText(event.currentTarget.value);
          track(event.currentTarget);
        }}
        onClick={(event) => track(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() =>
          setTimeout(() => {
            setQuery(null);
            setOptions([]);
          }, 150)
        }
      />
      <ListboxOptions
        id={listId}
        label={t("mentionLabel")}
        hidden={!open}
        active={active}
        options={options.map((option) => ({ key: option.id, label: option.name, detail: option.municipality }))}
        onChoose={(index) => insert(options[index]!)}
      />
      <p className="kern-sr-only" aria-live="polite">
        {q.length >= 2 ? (loading ? t("mentionLoading") : options.length === 0 ? t("mentionNone") : t("mentionOptions", { count: options.length })) : ""}
      </p>
    </div>
  );
}
