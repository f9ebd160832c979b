import { inboundMailMaxBytes, inboundMailSecret } from "@/lib/inbound-mail/config";
import { refusalText } from "@/lib/inbound-mail/mail";
import { processInboundMail } from "@/lib/inbound-mail/mutations";
import { authorizationMatches } from "@/lib/inbound-mail/rules";
import { requestLogger } from "@/lib/log/logger";

// Raw RFC 822 replies from a Postfix pipe (curl --data-binary @-) or a provider's inbound webhook
// (raw MIME in the body, or as the form field "email", "mime" or "body-mime"). README, "Reply by e-mail".

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text.endsWith("\n") ? text : `${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });

class TooLarge extends Error {}

/** Reads at most `limit` bytes of the body; a larger one throws TooLarge without reading on. */
async function readBody(request: Request, limit: number): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function rawMessage(request: Request, limit: number): Promise<Buffer | null> {
  const type = request.headers.get("content-type") ?? "";
  const body = await readBody(request, limit);
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) return body;
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  for (const field of ["email", "mime", "body-mime", "raw"]) {
    const value = form.get(field);
    if (typeof value === "string") return Buffer.from(value, "utf8");
    if (value) return Buffer.from(await value.arrayBuffer());
  }
  return null;
}

export async function POST(request: Request) {
  if (!authorizationMatches(request.headers.get("authorization"), inboundMailSecret())) {
    return plain(401, "Unauthorized", { "www-authenticate": 'Bearer realm="inbound-mail"' });
  }
  const limit = inboundMailMaxBytes();
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return plain(413, refusalText("tooLarge"));
  let raw: Buffer | null;
  try {
    raw = await rawMessage(request, limit);
  } catch (error) {
    if (error instanceof TooLarge) return plain(413, refusalText("tooLarge"));
    return plain(400, refusalText("unreadable"));
  }
  if (!raw || raw.length === 0) return plain(400, refusalText("unreadable"));
  const outcome = await processInboundMail(raw);
  switch (outcome.status) {
    case "posted":
      (await requestLogger()).info("inbound mail: reply posted");
      return plain(201, `Posted ${outcome.commentId}`);
    case "duplicate":
      return plain(200, "Already received");
    case "ignored":
      // 2xx so that no bounce goes back to an auto-responder: that is how loops start.
      return plain(202, "Ignored: automatic message");
    case "refused":
      (await requestLogger()).info({ reason: outcome.reason }, "inbound mail: reply refused");
      return plain(outcome.reason === "tooLarge" ? 413 : 422, refusalText(outcome.reason));
  }
}
