"use client";

import { useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * What an action that redirected here did ("Veröffentlicht"), told by the page it redirected to
 * (`?saved=…`). Focused once on arrival, so the member hears it before the page itself.
 */
export function FlashMessage({ children }: { children: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert ref={ref} variant="success" role="status" tabIndex={-1} title={children} />
  );
}
