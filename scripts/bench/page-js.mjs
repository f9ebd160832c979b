#!/usr/bin/env node
// `node scripts/bench/page-js.mjs http://127.0.0.1:3400 [--chunks]` (issue "Fast pages", point 2): the
// JavaScript each public page loads, in bytes transferred (compressed, as the server sends it with the
// browser's Accept-Encoding; headers not counted) and decoded, per page and — with --chunks — per
// chunk. It loads each page in the system Chromium (desktop viewport, no throttling), waits until the
// network is idle and counts every script response, the ones the page requests after hydration
// included. The server must already run (`npm start`, `npm run bench:web` starts its own); the detail
// pages are the first link of their list, as in scripts/bench/web.mjs.
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";
import { publicPages } from "./public-pages.mjs";

const origin = (process.argv.slice(2).find((arg) => !arg.startsWith("--")) || "http://127.0.0.1:3000").replace(/\/$/, "");
const perChunk = process.argv.includes("--chunks");

const pages = await publicPages(origin);

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const kb = (bytes) => (bytes / 1000).toFixed(1);
const rows = [];
try {
  for (const [name, pagePath] of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request);
    });
    await page.goto(`${origin}${pagePath}`, { waitUntil: "networkidle" });
    const chunks = [];
    for (const request of scripts) {
      const response = await request.response();
      const sizes = await request.sizes();
      const body = (await response?.body().catch(() => null)) ?? Buffer.alloc(0);
      chunks.push({ url: new URL(request.url()).pathname, transferred: sizes.responseBodySize, decoded: body.length, encoding: response?.headers()["content-encoding"] ?? "none" });
    }
    await context.close();
    const transferred = chunks.reduce((sum, chunk) => sum + chunk.transferred, 0);
    const decoded = chunks.reduce((sum, chunk) => sum + chunk.decoded, 0);
    rows.push({ name, pagePath, count: chunks.length, transferred, decoded });
    if (perChunk) {
      console.log(`\n${name} ${pagePath}`);
      for (const chunk of chunks.sort((a, b) => b.transferred - a.transferred))
        console.log(`  ${kb(chunk.transferred).padStart(6)} kB  ${kb(chunk.decoded).padStart(6)} kB decoded  ${chunk.encoding.padEnd(5)} ${chunk.url}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`\n| page | path | scripts | JS transferred | JS decoded |\n| --- | --- | ---: | ---: | ---: |`);
for (const row of rows) console.log(`| ${row.name} | \`${row.pagePath}\` | ${row.count} | ${kb(row.transferred)} kB | ${kb(row.decoded)} kB |`);
