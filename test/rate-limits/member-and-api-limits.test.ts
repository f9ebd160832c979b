import { describe, expect, it } from "vitest";
import { GET as listSolutions } from "@/app/api/v1/solutions/route";
import { memberLimitError } from "@/lib/rate-limits/mutations";
import { newMember } from "@/lib/solutions/test-fixtures";

describe("per-member limits", () => {
  it("refuse the write after RATE_LIMIT_WRITES_PER_MEMBER, for that member only", async () => {
    process.env.RATE_LIMIT_WRITES_PER_MEMBER = "2";
    const [busy, other] = [await newMember(), await newMember()];
    expect(await memberLimitError("publishing", busy)).toBeNull();
    expect(await memberLimitError("publishing", busy)).toBeNull();
    expect(await memberLimitError("publishing", busy)).toMatch(/^errors\.rateLimited\?minutes=60$/);
    expect(await memberLimitError("publishing", other)).toBeNull();
    delete process.env.RATE_LIMIT_WRITES_PER_MEMBER;
  });
});

describe("API limit per IP", () => {
  it("answers 429 with Retry-After behind a trusted proxy once a client used its budget", async () => {
    process.env.TRUST_PROXY = "1";
    process.env.RATE_LIMIT_API_PER_IP = "2";
    const ip = `203.0.113.${Date.now() % 250}`;
    const get = () => listSolutions(new Request("http://localhost/api/v1/solutions?pageSize=1", { headers: { "x-forwarded-for": `10.0.0.1, ${ip}` } }));
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "too_many_requests" });
    delete process.env.TRUST_PROXY;
    delete process.env.RATE_LIMIT_API_PER_IP;
  });
});
