# syntax=docker/dockerfile:1
# Kommunalnetz in server mode (README "Deploy"): one image, any number of instances on one Postgres.
#   docker build -t kommunalnetz .
#   docker run -e DATABASE_URL=postgres://… -e AUTH_SECRET=… -e AUTH_URL=https://… -p 3000:3000 kommunalnetz
# The image runs the normal `next build` output (.next) with `next start`, not `output: "standalone"`:
# the migrations and the seed run at start from db/ and lib/ with tsx and the full runtime
# dependencies (drizzle-orm's migrator, PGlite, the seed's app code), which the traced standalone tree
# does not contain — the image would need the whole production node_modules anyway — and with
# `output: "standalone"` every `next start` (npm start, the e2e server, npm run cluster) warns that it
# "does not work". The standalone server.js would also bind HOSTNAME, which Docker sets to the
# container id; a server bound to one address turns the German paths into a 307 loop (README
# "Running on Postgres").
ARG NODE_IMAGE=node:20-bookworm-slim

# Dependencies for the build (dev dependencies included: TypeScript, Tailwind's PostCSS plugin).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

# The production build.
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build && rm -rf .next/cache

# Runtime dependencies only (tsx runs the migrations at start; no Lighthouse, Playwright, Vitest).
FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
WORKDIR /app
# Code and dependencies belong to root and are read-only for the app's user; only the build output
# (Next.js writes its cache there) and the data folder (embedded PGlite, when DATABASE_URL is unset)
# belong to `node` (uid 1000, from the base image).
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/package-lock.json /app/next.config.ts /app/tsconfig.json /app/proxy.ts /app/instrumentation.ts ./
COPY --from=build /app/app ./app
COPY --from=build /app/components ./components
COPY --from=build /app/db ./db
COPY --from=build /app/i18n ./i18n
COPY --from=build /app/lib ./lib
COPY --from=build /app/messages ./messages
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/types ./types
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p .data .next/cache && chown node:node .data .next/cache
USER node
EXPOSE 3000
# Liveness: the process answers (no database). The proxy's and an orchestrator's readiness check
# belong on /api/ready (database reachable, every migration applied).
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# scripts/start.mjs: migrations and seed (db/setup.ts; on Postgres under the advisory lock, so
# instances starting together migrate once), then `next start` with the heap cap of scripts/heap.mjs
# (NODE_OPTIONS overrides it). It passes SIGTERM on and exits with the server's code (0 after a
# graceful shutdown within SHUTDOWN_TIMEOUT_MS).
CMD ["node", "scripts/start.mjs"]
