// What changed between two published versions, line by line, for editors. Pure.
import { DIFF_DELETE, DIFF_INSERT, diffCharsToLines, diffLinesToChars, diffMain } from "diff-match-patch-es";
import { snapshotLines } from "@/lib/dossiers/snapshot-lines";
import type { DossierSnapshot } from "@/lib/dossiers/snapshot-types";

export type DiffLine = { change: "added" | "removed" | "same"; text: string };

export function diffSnapshots(from: DossierSnapshot, to: DossierSnapshot): DiffLine[] {
  const { chars1, chars2, lineArray } = diffLinesToChars(snapshotLines(from).join("\n") + "\n", snapshotLines(to).join("\n") + "\n");
  const diffs = diffMain(chars1, chars2, undefined, false);
  diffCharsToLines(diffs, lineArray);
  return diffs.flatMap(([operation, text]) => {
    const change = operation === DIFF_INSERT ? "added" : operation === DIFF_DELETE ? "removed" : "same";
    return text.replace(/\n$/, "").split("\n").map((line) => ({ change, text: line }) as DiffLine);
  });
}
