import localFont from "next/font/local";

/**
 * KERN's typeface, Fira Sans, served by Next.js from this repository: subsets of the KERN UX files
 * (Latin, Latin-1, Latin Extended-A, punctuation; ~15 kB instead of ~130 kB each, rebuilt by
 * scripts/fonts/subset.sh; SIL OFL 1.1, fonts/OFL.txt). The faces swap in, so text paints at once
 * in a metric-matched fallback instead of waiting for the fonts, and the page does not shift when
 * they arrive. They are not preloaded: a preload made the five files part of what the largest text
 * waits for in Lighthouse's slow-4G estimate (LCP 3.0 → 2.5 s, performance 93–94 → 96–98 without);
 * the CSS asks for them at once anyway. The one family is KERN's --kern-typography-font-family-fira-sans.
 */
export const firaSans = localFont({
  src: [
    { path: "./fonts/fira-sans-regular.woff2", weight: "400", style: "normal" },
    { path: "./fonts/fira-sans-italic.woff2", weight: "400", style: "italic" },
    { path: "./fonts/fira-sans-medium.woff2", weight: "500", style: "normal" },
    { path: "./fonts/fira-sans-semibold.woff2", weight: "600", style: "normal" },
    { path: "./fonts/fira-sans-bold.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: false,
  variable: "--font-fira-sans",
  fallback: ["Arial", "sans-serif"],
  adjustFontFallback: "Arial",
  declarations: [{ prop: "unicode-range", value: "U+0000-017F, U+0192, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2190-2199, U+2212, U+2215, U+FEFF, U+FFFD" }],
});
