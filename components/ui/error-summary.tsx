"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Alert } from "./alert";

type Props = {
  /** What the action returned: translation keys per field name; `form` holds errors of no single field. */
  errors: Record<string, string[]>;
  /** The id to focus for a field whose input is not named by its field name (`links` → `link-0-kind`). */
  targets?: Record<string, string>;
};

/**
 * The error summary at the top of a form (GOV.UK / KERN pattern): every error once, each linked to
 * its field. It takes focus when an action returns errors, so a keyboard or screen-reader user learns
 * at once that the save failed and how to get to each field; the links also work without JavaScript.
 */
export function ErrorSummary({ errors, targets }: Props) {
  const t = useTranslations();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, keys]) => keys.length > 0);
  const hasErrors = entries.length > 0;
  // `errors` is a new object after every action, so a second failed save moves focus here again.
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [errors, hasErrors]);
  if (!hasErrors) return null;
  return (
    <Alert ref={ref} variant="danger" role="alert" title={t("errors.title")} headingLevel={2} tabIndex={-1}>
      <ul className="kern-list">
        {entries.map(([field, keys]) => {
          const text = keys.map((key) => t(key)).join(" ");
          if (field === "form") return <li key={field}>{text}</li>;
          const target = targets?.[field] ?? field;
          return (
            <li key={field}>
              <a
                href={`#${target}`}
                className="kern-link"
                onClick={(event) => {
                  const element = document.getElementById(target);
                  if (!element) return;
                  event.preventDefault();
                  element.focus();
                  element.scrollIntoView({ block: "center" });
                }}
              >
                {text}
              </a>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
