import type { ReactNode } from "react";
import "./globals.css";

// The real root layout is app/[locale]/layout.tsx; this one only exists so that app/not-found.tsx
// has a parent for requests that never reach a locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
