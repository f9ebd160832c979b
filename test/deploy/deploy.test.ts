/**
 * The container deploy files (Dockerfile, compose.yaml, deploy/nginx.conf.template) cannot be built
 * on a machine without a Docker daemon; what can be checked here is checked: the compose proxy uses
 * the same proxy settings as the nginx configuration `npm run cluster` generates (and which the
 * cluster test exercises), its configuration is valid for Debian's nginx, every path the Dockerfile
 * copies exists, and the heap cap of the production start is added unless NODE_OPTIONS sets its own.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types
import { nginxBinary, nginxConfig } from "../../scripts/cluster.mjs";
// @ts-expect-error plain ES module without types
import { heapFlags, withHeapCap } from "../../scripts/heap.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const template = readFileSync(path.join(root, "deploy/nginx.conf.template"), "utf8");

/** The directives of the `location / { … }` block, without comments, one per entry. */
function locationDirectives(config: string) {
  const block = /location \/ \{([\s\S]*?)\n\s*\}/.exec(config)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

describe("deploy files", () => {
  it("the compose proxy forwards like the cluster's nginx (headers, failover, timeouts)", () => {
    const cluster = nginxConfig({ dir: "/tmp/x", port: 3200, instancePorts: [3201, 3202] });
    const directives = locationDirectives(template);
    expect(directives.length).toBeGreaterThan(5);
    expect(directives).toEqual(locationDirectives(cluster));
    for (const header of ["X-Forwarded-For $remote_addr", "X-Forwarded-Proto $scheme", "X-Forwarded-Host $host", "X-Request-Id $request_id"])
      expect(directives).toContain(`proxy_set_header ${header};`);
  });

  it.runIf(nginxBinary())("the compose proxy's configuration is valid nginx", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nginx-template-"));
    try {
      for (const name of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, name));
      // What the nginx image's envsubst step makes of it, with the compose service names resolvable here.
      writeFileSync(path.join(dir, "default.conf"), template.replaceAll("${TRUSTED_PROXY}", "10.0.0.0/8").replace(/server app\d:3000/g, "server 127.0.0.1:3000"));
      const t = (name: string) => path.join(dir, name);
      writeFileSync(
        t("nginx.conf"),
        `pid ${t("nginx.pid")};\nerror_log ${t("error.log")};\nevents {}\nhttp {\n  client_body_temp_path ${t("body")};\n  proxy_temp_path ${t("proxy")};\n  fastcgi_temp_path ${t("fastcgi")};\n  uwsgi_temp_path ${t("uwsgi")};\n  scgi_temp_path ${t("scgi")};\n  include ${t("default.conf")};\n}\n`,
      );
      const result = spawnSync(nginxBinary(), ["-t", "-p", dir, "-c", t("nginx.conf")], { encoding: "utf8" });
      // `listen 80` needs root to bind, not to be tested; every other error fails.
      const errors = result.stderr.split("\n").filter((line) => /\[emerg\]|\[alert\]/.test(line) && !/bind\(\) to 0\.0\.0\.0:80/.test(line));
      expect(errors).toEqual([]);
      expect(result.stderr).toMatch(/syntax is ok/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("every path the Dockerfile copies from the build exists in the repository", () => {
    const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
    const sources = [...dockerfile.matchAll(/^COPY --from=build (?:--chown=\S+ )?(.+) \S+$/gm)].flatMap((match) => (match[1] ?? "").split(" "));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources.filter((s) => s !== "/app/.next")) expect(existsSync(path.join(root, source.replace(/^\/app\//, ""))), source).toBe(true);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/api\/health/m);
  });

  it("the production start adds the heap cap unless NODE_OPTIONS sets its own", () => {
    expect(withHeapCap(undefined)).toBe(heapFlags.join(" "));
    expect(withHeapCap("--enable-source-maps")).toBe(["--enable-source-maps", ...heapFlags].join(" "));
    expect(withHeapCap("--max-old-space-size=512")).toBe("--max-old-space-size=512 --max-semi-space-size=8");
    expect(withHeapCap("--max-old-space-size=512 --max-semi-space-size=16")).toBe("--max-old-space-size=512 --max-semi-space-size=16");
  });
});
