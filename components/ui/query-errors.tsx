import { useTranslations } from "next-intl";

/** Tells the reader which parts of a (hand-edited or outdated) link were ignored. */
export function QueryErrors({ errors }: { errors: Record<string, string[]> }) {
  const t = useTranslations();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <span className="kern-title">{t("errors.title")}</span>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {entries.map(([field, keys]) => (
            <li key={field}>
              <code>{field}</code>: {keys.map((key) => t(key)).join(" ")}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
