// Auth.js replaces the request's origin with AUTH_URL (lib/auth/config.ts sets it from the
// configured origin), so no Host or X-Forwarded-Host header reaches the links it builds.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { consumeSignInLimits, tooManyRequests } from "@/lib/rate-limits/mutations";
import { clientIp } from "@/lib/rate-limits/rules";

export const { GET } = handlers;

/** Sign-in mails requested here pass the same limits as the app's sign-in form. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    const email = (await request.clone().formData().catch(() => null))?.get("email");
    if (typeof email === "string" && email) {
      const limited = await consumeSignInLimits(email, clientIp(request.headers));
      if (!limited.ok) return tooManyRequests(limited);
    }
  }
  return handlers.POST(request);
}
