// The system Chromium (Debian package `chromium`); Playwright's own browser download is not used.
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Without the networking flags Chromium stalls on refused connections on machines with no internet.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
