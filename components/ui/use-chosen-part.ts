"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A radio choice that decides which part of a form is shown. Without JavaScript (the server render)
 * every part shows, so the form still works; once hydrated only the chosen one.
 */
export function useChosenPart(initial: string) {
  const [chosen, choose] = useState(initial);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return { choose, shows: (part: string) => !hydrated || chosen === part };
}
