import type { doctorMessages } from "./messages.js";

export type MessageKey = keyof typeof doctorMessages;

/** Something to say, as data: a catalogue key and its values, rendered in the fleet's locale at the edge. */
export interface Said {
  key: MessageKey;
  values?: Readonly<Record<string, string | number>>;
}

/** One line of doctor's checklist: what was checked, whether it holds, and how to fix it when it does not. */
export interface Finding {
  /** Stable, for machines: e.g. aws.ami-label, github.environment. */
  id: string;
  area: "aws" | "github";
  ok: boolean;
  said: Said;
  /** Present exactly when ok is false. */
  fix?: Said;
}

export const pass = (id: string, area: Finding["area"], said: Said): Finding => ({ id, area, ok: true, said });

export const miss = (id: string, area: Finding["area"], said: Said, fix: Said): Finding => ({
  id,
  area,
  ok: false,
  said,
  fix,
});
