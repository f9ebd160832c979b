import "server-only";
import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/db/client";
import { mailOutbox, type MailAttachment } from "@/db/schema";
import { logger } from "@/lib/log/logger";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Extra headers, sent as they are: Reply-To, Message-ID, In-Reply-To, References, List-Unsubscribe(-Post). */
  headers?: Record<string, string>;
};

export const mailFrom = () => process.env.MAIL_FROM || "Kommunalnetz <no-reply@kommunalnetz.invalid>";

let transport: Transporter | null | undefined;
function smtpTransport(): Transporter | null {
  if (transport === undefined) {
    transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  }
  return transport;
}

/**
 * Records the mail in the outbox and, when SMTP is configured, delivers it. Without SMTP the outbox
 * is the delivery: the mail is printed to the log and listed at /dev/mail.
 */
export async function sendMail(mail: Mail): Promise<{ id: number; delivered: boolean }> {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: mail.attachments ?? null,
      headers: mail.headers ?? null,
    })
    .returning({ id: mailOutbox.id });
  const smtp = smtpTransport();
  if (!smtp) {
    const attached = mail.attachments?.length ? `\n[attachments: ${mail.attachments.map((a) => a.filename).join(", ")}]` : "";
    // In production the log gets no address, subject or body: they carry sign-in links and personal
    // data. In development the whole mail goes to the console, for the developer to read.
    if (process.env.NODE_ENV === "production") logger().info({ mailId: row!.id }, "mail stored in the outbox (no SMTP_URL)");
    else console.log(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}${attached}\n`);
    return { id: row!.id, delivered: false };
  }
  try {
    await smtp.sendMail({ from: mailFrom(), ...mail });
    await db.update(mailOutbox).set({ sentAt: new Date() }).where(eq(mailOutbox.id, row!.id));
    return { id: row!.id, delivered: true };
  } catch (error) {
    await db
      .update(mailOutbox)
      .set({ error: error instanceof Error ? error.message : String(error) })
      .where(eq(mailOutbox.id, row!.id));
    throw error;
  }
}
