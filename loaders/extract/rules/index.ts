/**
 * The rule families of extraction, in the order they run. Each is a table of constructions (one
 * row per construction and language, with its example) and the code that makes claims of them.
 */
import { CASUALTY_RULES } from "./casualties.ts";
import { CONTROL_RULES } from "./control.ts";
import { ATTACK_RULES } from "./attack.ts";
import { PRESENCE_RULES } from "./presence.ts";
import { LEADERSHIP_RULES } from "./leadership.ts";
import { FORCE_SIZE_RULES } from "./force-size.ts";
import type { RuleRow } from "./make.ts";

export const RULE_TABLES: Array<{ kind: string; rows: RuleRow[] }> = [
  { kind: "casualties", rows: CASUALTY_RULES },
  { kind: "control", rows: CONTROL_RULES },
  { kind: "attack", rows: ATTACK_RULES },
  { kind: "presence", rows: PRESENCE_RULES },
  { kind: "leadership", rows: LEADERSHIP_RULES },
  { kind: "force_size", rows: FORCE_SIZE_RULES },
];
