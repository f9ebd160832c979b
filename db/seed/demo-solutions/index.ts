// DEMO DATA: invented implementation examples for real municipalities and real OZG services.
import { part1 } from "./part-1";
import { part2 } from "./part-2";
import { part3 } from "./part-3";
import { part4 } from "./part-4";
import { part5 } from "./part-5";
import type { DemoSolution } from "./type";

export type { DemoSolution } from "./type";

export const demoSolutions: DemoSolution[] = [...part1, ...part2, ...part3, ...part4, ...part5];
