import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function runCheck(dir?: string) {
  const args = ["tsx", "scripts/data-check.ts", ...(dir ? ["--dir", dir] : [])];
  return spawnSync("npx", args, { encoding: "utf8" });
}

function brokenCopy(file: string, mutate: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-data-"));
  cpSync("data", dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  mutate(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

describe("npm run data:check", () => {
  it("passes on the shipped data", () => {
    const r = runCheck();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^data:check: ok — \d+ sources, 7 actors/);
  });

  it("exits 1 naming file, record and field for a broken record", () => {
    const dir = brokenCopy("relations.json", (j) => {
      const rec = (j.records as Record<string, unknown>[]).find((r) => r.id === "prk-rus-alliance")!;
      rec.strength = 7;
      rec.sourceIds = ["no-such-source"];
    });
    const r = runCheck(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/relations\.json: records\[\d+\] \(id "prk-rus-alliance"\), field "strength"/);
  });

  it("reports unknown references after the schemas pass", () => {
    const dir = brokenCopy("events.json", (j) => {
      (j.records as Record<string, unknown>[])[0]!.sourceIds = ["no-such-source"];
    });
    const r = runCheck(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/events\.json: records \(id "[^"]+"\), field "sourceIds": unknown source id "no-such-source"/);
  });

  it("exits 1 for a file that is not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-data-"));
    cpSync("data", dir, { recursive: true });
    writeFileSync(join(dir, "trade.json"), '{"meta": ');
    const r = runCheck(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^trade\.json: cannot be read as JSON/m);
  });
});
