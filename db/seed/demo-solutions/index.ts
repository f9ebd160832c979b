// DEMO DATA: invented implementation examples for real municipalities and real OZG services, kept as
// data in db/data/demo-solutions.json (fields: ./type.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DemoSolution } from "./type";

export type { DemoSolution } from "./type";

const file = path.join(process.cwd(), "db", "data", "demo-solutions.json");

export const demoSolutions: DemoSolution[] = (JSON.parse(readFileSync(file, "utf8")) as { solutions: DemoSolution[] }).solutions;
