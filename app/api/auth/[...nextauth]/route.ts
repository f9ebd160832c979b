// Auth.js replaces the request's origin with AUTH_URL (lib/auth/config.ts sets it from the
// configured origin), so no Host or X-Forwarded-Host header reaches the links it builds.
import { handlers } from "@/lib/auth/config";

export const { GET, POST } = handlers;
