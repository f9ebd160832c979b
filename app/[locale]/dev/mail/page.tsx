import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { QueryErrors } from "@/components/ui/query-errors";
import { isOutboxVisible, listOutboxMails } from "@/lib/mail/queries";
import { outboxFilterInput } from "@/lib/mail/schema";
import { parseSearchParams } from "@/lib/search-params";

export default async function DevMailPage({ searchParams }: PageProps<"/[locale]/dev/mail">) {
  if (!isOutboxVisible()) notFound();
  const t = await getTranslations("devMail");
  const format = await getFormatter();
  const { search, errors } = parseSearchParams(outboxFilterInput, await searchParams);
  const mails = await listOutboxMails({ to: search.to });
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      {search.to ? <p className="kern-body">{t("filtered", { to: search.to })}</p> : null}
      <Alert variant="warning" title={t("warningTitle")}>
        <p className="kern-body">{t("warning")}</p>
      </Alert>
      {mails.length === 0 ? <p className="kern-body">{t("empty")}</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="kern-card" aria-labelledby={`mail-${mail.id}`}>
          <div className="kern-card__container">
            <header className="kern-card__header">
              <h2 id={`mail-${mail.id}`} className="kern-heading-small">
                {mail.subject}
              </h2>
              <p className="kern-body kern-body--small">
                {t("to")}: {mail.to} · {t("sentAt")}: {format.dateTime(mail.createdAt, { dateStyle: "short", timeStyle: "medium" })} · {t("status")}:{" "}
                {mail.error ? t("failed", { error: mail.error }) : mail.sentAt ? t("sent") : t("stored")}
              </p>
            </header>
            <div className="kern-card__body">
              {mail.headers && Object.keys(mail.headers).length ? (
                <details className="mb-8">
                  <summary className="kern-body kern-body--small">{t("headers")}</summary>
                  <dl className="kern-body kern-body--small break-all" aria-label={t("headers")}>
                    {Object.entries(mail.headers).map(([name, value]) => (
                      <div key={name}>
                        <dt className="inline font-bold">{name}: </dt>
                        <dd className="inline">{value}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              ) : null}
              <p className="kern-body prewrap">{linkify(mail.text)}</p>
              {mail.attachments?.length ? (
                <ul className="kern-list mt-8">
                  {mail.attachments.map((a) => (
                    <li key={a.filename}>
                      <a href={`data:${a.contentType.split(";")[0]};charset=utf-8,${encodeURIComponent(a.content)}`} download={a.filename} className="kern-link">
                        {t("attachment", { name: a.filename })}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        </article>
      ))}
    </div>
  );
}

/** Makes the sign-in link in a mail clickable; everything else stays plain text. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="kern-link">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
