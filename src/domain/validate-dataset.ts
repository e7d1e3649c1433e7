/**
 * One validation of the whole `data/` directory: schema per file, then cross-references.
 * Used by the app's loader at start-up, by `npm run data:check`, and by tests with broken fixtures.
 * Never throws: returns a Result whose error list names the file, the record and the field.
 */
import type * as z from "zod/mini";
import { DATA_FILES, type ChangelogFile, type DataFileName, type Dataset } from "./schemas";
import type { Result } from "./result";

export type RawData = Record<DataFileName, unknown>;

/** Parse one file against its schema; messages look like `events.json: records[3] (id "x"), field "date": …`. */
export function validateFile<K extends DataFileName>(
  name: K,
  raw: unknown,
): Result<Dataset[K], string[]> {
  const schema = DATA_FILES[name] as z.ZodMiniType;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data as Dataset[K] };
  return { ok: false, error: parsed.error.issues.map((i) => formatIssue(name, raw, i)) };
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
}

function formatIssue(file: string, raw: unknown, issue: IssueLike): string {
  const path = issue.path;
  const where = describePath(raw, path);
  return `${file}.json: ${where}: ${describeIssue(issue, valueAt(raw, path))}`;
}

/** `records[3] (id "foo"), field "date"` — the record id makes a message findable in the file. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return "top level";
  let node: unknown = raw;
  let recordLabel = "";
  const fieldParts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (recordLabel === "" && typeof key === "number" && i > 0) {
      const arrayName = String(path[i - 1]);
      node = Array.isArray(node) ? node[key] : undefined;
      const recId = isObject(node) ? (node["id"] ?? node["code"]) : undefined;
      // A release has no id: its version names it.
      const version = isObject(node) && recId === undefined ? node["version"] : undefined;
      recordLabel =
        `${arrayName}[${key}]` +
        (typeof recId === "string" ? ` (id "${recId}")` : typeof version === "string" ? ` (version "${version}")` : "");
      continue;
    }
    node = isObject(node) ? node[String(key)] : Array.isArray(node) ? node[Number(key)] : undefined;
    if (recordLabel === "" && i === 0 && typeof path[1] === "number") continue;
    fieldParts.push(typeof key === "number" ? `[${key}]` : String(key));
  }
  const field = fieldParts.join(".").replace(/\.\[/g, "[");
  if (recordLabel === "") return `field "${field}"`;
  return field === "" ? recordLabel : `${recordLabel}, field "${field}"`;
}

/** The value found at a path (zod/mini issues do not carry the input). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[String(key)];
    else return undefined;
  }
  return node;
}

function describeIssue(issue: IssueLike, value: unknown): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `is required (expected ${String(issue.expected)})`
        : `expected ${String(issue.expected)}, got ${typeName(value)}`;
    case "invalid_value":
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return "has unknown keys";
    case "invalid_union":
      return "does not match any allowed form";
    default:
      return `is invalid (${issue.code})`;
  }
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Validate every file, then check that every reference resolves. */
export function validateDataset(raw: RawData): Result<Dataset, string[]> {
  const errors: string[] = [];
  const out: Partial<Dataset> = {};
  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    const r = validateFile(name, raw[name]);
    if (r.ok) (out as Record<string, unknown>)[name] = r.value;
    else errors.push(...r.error);
  }
  if (errors.length > 0) return { ok: false, error: errors };
  const ds = out as Dataset;
  errors.push(...crossCheck(ds));
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: ds };
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return [...dup];
}

/** Reference checks across files. Exported for tests. */
export function crossCheck(ds: Dataset): string[] {
  const errors: string[] = [];
  const sourceIds = new Set(ds.sources.records.map((s) => s.id));
  const actorCodes = new Set(ds.actors.records.map((a) => a.code));
  const eventIds = new Set(ds.events.records.map((e) => e.id));
  const relationIds = new Set(ds.relations.records.map((r) => r.id));
  const indicatorIds = new Set(allIndicatorIds(ds));

  const dupChecks: [string, string[]][] = [
    ["sources.json", ds.sources.records.map((s) => s.id)],
    ["actors.json", ds.actors.records.map((a) => a.code)],
    ["events.json", ds.events.records.map((e) => e.id)],
    ["relations.json", ds.relations.records.map((r) => r.id)],
    ["article.json", ds.article.records.map((c) => c.id)],
    ["indicators.json + trade.json", allIndicatorIds(ds)],
  ];
  for (const [file, ids] of dupChecks)
    for (const d of duplicates(ids)) errors.push(`${file}: id "${d}" is used more than once`);

  const refs = (file: string, where: string, kind: string, ids: readonly string[], known: Set<string>) => {
    for (const ref of ids)
      if (!known.has(ref)) errors.push(`${file}: ${where}: unknown ${kind} "${ref}"`);
  };

  for (const a of ds.actors.records) {
    const w = `records (id "${a.code}")`;
    refs("actors.json", `${w}, field "capital.sourceIds"`, "source id", a.capital.sourceIds, sourceIds);
    refs("actors.json", `${w}, field "stanceSourceIds"`, "source id", a.stanceSourceIds, sourceIds);
    for (const l of a.leaders) refs("actors.json", `${w}, leader "${l.name}"`, "source id", l.sourceIds, sourceIds);
    for (const k of ["gdp", "population", "military"] as const) {
      const f = a[k];
      if (f) refs("actors.json", `${w}, field "${k}.sourceIds"`, "source id", f.sourceIds, sourceIds);
    }
    for (const l of a.leaders)
      if (l.from && l.to && l.to < l.from)
        errors.push(`actors.json: ${w}, leader "${l.name}": "to" (${l.to}) is before "from" (${l.from})`);
  }
  for (const r of ds.relations.records) {
    const w = `records (id "${r.id}")`;
    if (r.a === r.b) errors.push(`relations.json: ${w}: "a" and "b" are the same actor`);
    refs("relations.json", `${w}, field "a"`, "actor code", [r.a], actorCodes);
    refs("relations.json", `${w}, field "b"`, "actor code", [r.b], actorCodes);
    refs("relations.json", `${w}, field "eventIds"`, "event id", r.eventIds, eventIds);
    refs("relations.json", `${w}, field "indicatorIds"`, "indicator id", r.indicatorIds, indicatorIds);
    refs("relations.json", `${w}, field "sourceIds"`, "source id", r.sourceIds, sourceIds);
    if (r.end && r.end < r.start)
      errors.push(`relations.json: ${w}, field "end": ${r.end} is before start ${r.start}`);
    (r.history ?? []).forEach((h, i) => {
      const f = `${w}, field "history[${i}]`;
      refs("relations.json", `${f}.eventIds"`, "event id", h.eventIds, eventIds);
      refs("relations.json", `${f}.sourceIds"`, "source id", h.sourceIds, sourceIds);
      if (h.date < r.start) errors.push(`relations.json: ${f}.date": ${h.date} is before start ${r.start}`);
      if (r.end && h.date > r.end) errors.push(`relations.json: ${f}.date": ${h.date} is after end ${r.end}`);
      const prev = r.history?.[i - 1];
      if (prev && h.date < prev.date)
        errors.push(`relations.json: ${f}.date": ${h.date} is before history[${i - 1}].date ${prev.date} (history must be oldest first)`);
    });
  }
  for (const e of ds.events.records) {
    const w = `records (id "${e.id}")`;
    refs("events.json", `${w}, field "actors"`, "actor code", e.actors, actorCodes);
    refs("events.json", `${w}, field "sourceIds"`, "source id", e.sourceIds, sourceIds);
    if (e.endDate && e.endDate < e.date)
      errors.push(`events.json: ${w}, field "endDate": ${e.endDate} is before date ${e.date}`);
  }
  const checkSeries = (file: string, series: Dataset["trade"]["series"]) => {
    for (const s of series)
      s.points.forEach((p, i) => {
        refs(file, `series (id "${s.id}"), points[${i}], field "sourceIds"`, "source id", p.sourceIds, sourceIds);
        if (p.low !== undefined && p.high !== undefined && p.low > p.high)
          errors.push(`${file}: series (id "${s.id}"), points[${i}]: low ${p.low} is above high ${p.high}`);
      });
  };
  checkSeries("trade.json", ds.trade.series);
  checkSeries("indicators.json", ds.indicators.series);
  const checkFacts = (file: string, facts: Dataset["trade"]["dealTerms"]) => {
    for (const f of facts) {
      refs(file, `facts (id "${f.id}"), field "sourceIds"`, "source id", f.sourceIds, sourceIds);
      if (f.figure) refs(file, `facts (id "${f.id}"), field "figure.sourceIds"`, "source id", f.figure.sourceIds, sourceIds);
    }
  };
  checkFacts("trade.json", ds.trade.dealTerms);
  checkFacts("indicators.json", ds.indicators.facts);
  for (const x of ds.indicators.exercises) {
    refs("indicators.json", `exercises (id "${x.id}"), field "sourceIds"`, "source id", x.sourceIds, sourceIds);
    if (x.end < x.start) errors.push(`indicators.json: exercises (id "${x.id}"), field "end": ${x.end} is before start ${x.start}`);
  }
  for (const s of ds.trade.sectors) {
    refs("trade.json", `sectors (id "${s.id}"), field "importsKorea.sourceIds"`, "source id", s.importsKorea.sourceIds, sourceIds);
    if (s.importsRow) refs("trade.json", `sectors (id "${s.id}"), field "importsRow.sourceIds"`, "source id", s.importsRow.sourceIds, sourceIds);
  }
  for (const t of ds.trade.tariffs) {
    refs("trade.json", `tariffs (id "${t.id}"), field "sourceIds"`, "source id", t.sourceIds, sourceIds);
    if (t.eventId) refs("trade.json", `tariffs (id "${t.id}"), field "eventId"`, "event id", [t.eventId], eventIds);
    if (t.endEventId) refs("trade.json", `tariffs (id "${t.id}"), field "endEventId"`, "event id", [t.endEventId], eventIds);
  }
  errors.push(...checkTariffTimeline(ds.trade.tariffs));
  for (const p of ds.trade.elasticityPresets)
    refs("trade.json", `elasticityPresets (id "${p.id}"), field "sourceIds"`, "source id", p.sourceIds, sourceIds);
  refs("trade.json", `passThrough.border, field "sourceIds"`, "source id", ds.trade.passThrough.border.sourceIds, sourceIds);
  refs("trade.json", `passThrough.retail, field "sourceIds"`, "source id", ds.trade.passThrough.retail.sourceIds, sourceIds);
  const tradeSeriesIds = new Set(ds.trade.series.map((x) => x.id));
  for (const o of ds.trade.observed2025) {
    const w = `observed2025 (id "${o.id}")`;
    refs("trade.json", `${w}, field "sourceIds"`, "source id", o.sourceIds, sourceIds);
    if (o.seriesId) refs("trade.json", `${w}, field "seriesId"`, "trade series id", [o.seriesId], tradeSeriesIds);
    if (o.end < o.start) errors.push(`trade.json: ${w}, field "end": ${o.end} is before start ${o.start}`);
  }
  for (const c of ds.article.records) {
    const w = `records (id "${c.id}")`;
    refs("article.json", `${w}, field "eventIds"`, "event id", c.eventIds, eventIds);
    refs("article.json", `${w}, field "relationIds"`, "relation id", c.relationIds, relationIds);
    refs("article.json", `${w}, field "indicatorIds"`, "indicator id", c.indicatorIds, indicatorIds);
    refs("article.json", `${w}, field "sourceIds"`, "source id", c.sourceIds, sourceIds);
    if (c.eventIds.length + c.relationIds.length + c.indicatorIds.length === 0)
      errors.push(`article.json: ${w}: links to no event, relation or indicator`);
    if (c.lapsed) {
      refs("article.json", `${w}, field "lapsed.eventIds"`, "event id", c.lapsed.eventIds, eventIds);
      refs("article.json", `${w}, field "lapsed.sourceIds"`, "source id", c.lapsed.sourceIds, sourceIds);
    }
  }
  errors.push(...checkReleases(ds, sourceIds));
  return errors;
}

/** The record ids each changelog file name can refer to. */
function recordIdsByFile(ds: Dataset): Record<ChangelogFile, Set<string>> {
  return {
    "sources.json": new Set(ds.sources.records.map((s) => s.id)),
    "actors.json": new Set(ds.actors.records.map((a) => a.code)),
    "relations.json": new Set(ds.relations.records.map((r) => r.id)),
    "events.json": new Set(ds.events.records.map((e) => e.id)),
    "trade.json": new Set([
      ...ds.trade.series.map((x) => x.id),
      ...ds.trade.sectors.map((x) => x.id),
      ...ds.trade.tariffs.map((x) => x.id),
      ...ds.trade.dealTerms.map((x) => x.id),
      ...ds.trade.elasticityPresets.map((x) => x.id),
      ...ds.trade.observed2025.map((x) => x.id),
    ]),
    "indicators.json": new Set([
      ...ds.indicators.series.map((x) => x.id),
      ...ds.indicators.facts.map((x) => x.id),
      ...ds.indicators.exercises.map((x) => x.id),
    ]),
    "article.json": new Set(ds.article.records.map((c) => c.id)),
  };
}

/** releases.json: the version names the newest release, changelog ids exist in their file, pending items' sources exist. */
function checkReleases(ds: Dataset, sourceIds: Set<string>): string[] {
  const errors: string[] = [];
  const { releases, pending, version } = ds.releases;
  for (const d of duplicates(releases.map((r) => r.version)))
    errors.push(`releases.json: release version "${d}" is used more than once`);
  for (const d of duplicates(pending.map((p) => p.id))) errors.push(`releases.json: pending id "${d}" is used more than once`);
  const newest = releases.reduce<(typeof releases)[number] | undefined>((m, r) => (!m || r.date > m.date ? r : m), undefined);
  if (!releases.some((r) => r.version === version))
    errors.push(`releases.json: field "version": "${version}" names no release in "releases"`);
  else if (newest && newest.version !== version)
    errors.push(`releases.json: field "version": "${version}" is not the newest release ("${newest.version}", ${newest.date})`);
  const known = recordIdsByFile(ds);
  for (const r of releases)
    for (const kind of ["added", "changed", "corrected"] as const)
      r[kind].forEach((c, i) => {
        const ids = known[c.file];
        for (const x of c.ids)
          if (!ids.has(x))
            errors.push(`releases.json: releases (version "${r.version}"), ${kind}[${i}] (file "${c.file}"), field "ids": "${x}" names no record in ${c.file}`);
      });
  for (const p of pending)
    for (const s of p.sourceIds)
      if (!sourceIds.has(s)) errors.push(`releases.json: pending (id "${p.id}"), field "sourceIds": unknown source id "${s}"`);
  return errors;
}

/**
 * The tariff timeline's own rules: an end after the start (end is exclusive: the first day the
 * measure no longer applies) with what applies after it, exemptions that do not overlap the covered
 * sectors or each other, competitor notes with a competitor rate, and `implements` naming an agreed
 * measure. Exported for tests.
 */
export function checkTariffTimeline(tariffs: Dataset["trade"]["tariffs"]): string[] {
  const errors: string[] = [];
  const byId = new Map(tariffs.map((t) => [t.id, t]));
  for (const t of tariffs) {
    const w = `trade.json: tariffs (id "${t.id}")`;
    if (t.end !== undefined && t.end <= t.effective)
      errors.push(`${w}, field "end": ${t.end} is not after effective ${t.effective} (end is the first day the measure no longer applies)`);
    if (t.end !== undefined && t.afterEnd === undefined)
      errors.push(`${w}, field "afterEnd": is required with "end" (say "reverts" or "unknown": what applies once the measure ends)`);
    for (const k of ["afterEnd", "endNote", "endEventId"] as const)
      if (t[k] !== undefined && t.end === undefined) errors.push(`${w}, field "${k}": is set but the measure has no "end"`);
    if (t.competitorNote !== undefined && t.competitorRatePct === undefined)
      errors.push(`${w}, field "competitorNote": is set but the measure has no "competitorRatePct"`);
    const seen = new Map<string, number>();
    (t.exemptions ?? []).forEach((x, i) => {
      for (const s of x.sectors) {
        if (t.sectors.includes(s))
          errors.push(`${w}, field "exemptions[${i}].sectors": "${s}" is exempt but also listed as covered in "sectors"`);
        const first = seen.get(s);
        if (first !== undefined) errors.push(`${w}, field "exemptions[${i}].sectors": "${s}" is already exempt in exemptions[${first}]`);
        else seen.set(s, i);
      }
    });
    if (t.implements !== undefined) {
      const target = byId.get(t.implements);
      if (!target) errors.push(`${w}, field "implements": unknown tariff id "${t.implements}"`);
      else if (target.status !== "agreed")
        errors.push(`${w}, field "implements": "${t.implements}" is ${target.status.replace("_", " ")}, not an agreed measure`);
      if (t.status !== "in_force") errors.push(`${w}, field "implements": only an in-force measure implements a deal (this one is ${t.status.replace("_", " ")})`);
    }
  }
  return errors;
}

function allIndicatorIds(ds: Dataset): string[] {
  return [
    ...ds.indicators.series.map((s) => s.id),
    ...ds.indicators.facts.map((f) => f.id),
    ...ds.indicators.exercises.map((e) => e.id),
    ...ds.trade.series.map((s) => s.id),
    ...ds.trade.dealTerms.map((f) => f.id),
    ...ds.trade.tariffs.map((t) => t.id),
    ...ds.trade.sectors.map((s) => s.id),
  ];
}
