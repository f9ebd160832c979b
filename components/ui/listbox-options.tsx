"use client";

/** One choice of a listbox: its text and, in brackets after it, a detail (e.g. the municipality). */
export type ListboxOption = { key: string; label: string; detail?: string | null };

/**
 * The popup list of an ARIA combobox (components/ui/combobox.tsx, the @mention textarea): options
 * with ids `<id>-<index>` for aria-activedescendant, the active one highlighted, chosen by mouse
 * without taking the focus from the input.
 */
export function ListboxOptions({
  id,
  label,
  hidden,
  active,
  options,
  onChoose,
}: {
  id: string;
  label: string;
  hidden: boolean;
  active: number;
  options: readonly ListboxOption[];
  onChoose: (index: number) => void;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={label}
      hidden={hidden}
      className="absolute left-0 right-0 top-full z-20 mt-4 max-h-320 min-w-[min(28rem,calc(100vw-2rem))] overflow-auto break-words border border-kern-layout-border bg-kern-layout-background-default"
    >
      {options.map((option, index) => (
        <li
          key={option.key}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className={`cursor-pointer px-12 py-8 ${index === active ? "bg-kern-action-default text-kern-action-on-default" : ""}`}
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(index);
          }}
        >
          {option.label} {option.detail ? <span className="text-kern-static-small">({option.detail})</span> : null}
        </li>
      ))}
    </ul>
  );
}
