import { Hyphenated } from "./hyphenated";

export function PageHeader({ title, lead }: { title: string; lead?: string }) {
  return (
    <div>
      <h1 className="kern-heading-large">
        <Hyphenated text={title} />
      </h1>
      {lead ? <p className="kern-body">{lead}</p> : null}
    </div>
  );
}
