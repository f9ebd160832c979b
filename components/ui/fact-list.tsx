import type { ReactNode } from "react";

/** A fact: its label (also the React key, so labels must differ) and its value. */
export type Fact = [label: string, value: ReactNode];

/** Label/value pairs as a KERN description list (municipality, solution, meetup and service facts). */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="kern-description-list">
      {facts.map(([label, value]) => (
        <div key={label} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{label}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
