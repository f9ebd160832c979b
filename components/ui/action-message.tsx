import { useTranslations } from "next-intl";

/** The success line a small form shows after its action ran, announced politely. */
export function ActionMessage({ message }: { message?: string }) {
  const t = useTranslations();
  return (
    <p className="kern-body kern-body--small" role="status">
      {message ? t(message) : ""}
    </p>
  );
}
