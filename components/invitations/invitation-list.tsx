import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DataTable } from "@/components/ui/data-table";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { MemberRole } from "@/db/schema/member-enums";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import type { InvitationState } from "@/lib/invitations/rules";

type Row = {
  id: string;
  email: string;
  role: MemberRole;
  municipalityName: string | null;
  organisationName: string | null;
  meetupTitle: string | null;
  inviterName: string | null;
  createdAt: Date;
  expiresAt: Date;
  state: InvitationState;
};

/** The invitations sent, with their state and, while open, "revoke" (asked first). */
export async function InvitationList({ rows }: { rows: Row[] }) {
  const [t, tl, locale] = await Promise.all([getTranslations("invitations"), getTranslations("layout"), getLocale()]);
  if (rows.length === 0) return <p className="kern-body">{t("list.empty")}</p>;
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const day = (d: Date) => dayFormat.format(d);
  return (
    <ClientMessages keys={["invitations.list", "errors"]}>
      <DataTable
        label={t("list.title")}
        scrollHint={tl("tableScrollHint")}
        striped
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: t("list.email"), rowHeader: true, cell: (r) => <span className="whitespace-nowrap">{r.email}</span> },
          { header: t("list.place"), cell: (r) => r.municipalityName ?? r.organisationName ?? r.meetupTitle ?? "–" },
          { header: t("list.role"), cell: (r) => t(`roles.${r.role}`) },
          { header: t("list.state"), cell: (r) => t(`list.states.${r.state}`) },
          { header: t("list.createdAt"), cell: (r) => day(r.createdAt) },
          { header: t("list.expiresAt"), cell: (r) => day(r.expiresAt) },
          { header: t("list.inviter"), cell: (r) => r.inviterName ?? "–" },
          {
            header: t("list.actions"),
            cell: (r) =>
              r.state === "open" ? (
                <InlineActionForm
                  action={revokeInvitationAction}
                  fields={{ invitationId: r.id }}
                  label={t("list.revoke")}
                  srLabel={r.email}
                  variant="secondary"
                  confirm={{ question: t("list.revokeQuestion"), confirmLabel: t("list.revokeConfirm"), cancelLabel: t("list.revokeCancel") }}
                />
              ) : null,
          },
        ]}
      />
    </ClientMessages>
  );
}
