import { useTranslations } from "next-intl";
import { Alert } from "./alert";

/** Tells the reader which parts of a (hand-edited or outdated) link were ignored. */
export function QueryErrors({ errors }: { errors: Record<string, string[]> }) {
  const t = useTranslations();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <Alert variant="warning" role="alert" title={t("errors.title")}>
      <ul className="kern-list">
        {entries.map(([field, keys]) => (
          <li key={field}>
            <code>{field}</code>: {keys.map((key) => t(key)).join(" ")}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
