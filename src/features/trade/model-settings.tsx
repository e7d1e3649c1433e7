import { useId } from "react";
import { useAppStore } from "../../store/app-store";
import { getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { ConfidenceBadge } from "../../components/confidence-badge";
import type { ElasticityPreset, PassThrough } from "../../domain/schemas";
import type { Method } from "../../domain/tariff/model";
import type { PassThroughSetting } from "../../domain/tariff/comparison";
import { NumberField } from "./number-field";
import { shareCheck } from "./field-checks";

interface ModelSettingsProps {
  presets: readonly ElasticityPreset[];
  preset: ElasticityPreset;
  unknownPresetId: string | null;
  evidence: PassThrough;
  passThrough: PassThroughSetting;
}

function rangeText(f: { low?: number; high?: number }): string {
  return f.low !== undefined && f.high !== undefined ? `; evidence range ${f.low}–${f.high}` : "";
}

const METHODS: { id: Method; label: string }[] = [
  { id: "ces", label: "CES (exact; default)" },
  { id: "smart", label: "SMART (linear, as WITS)" },
];

/** Method, elasticity preset and pass-through, each with the evidence behind its default. */
export function ModelSettings({ presets, preset, unknownPresetId, evidence, passThrough }: ModelSettingsProps) {
  const id = useId();
  const method = useAppStore((s) => s.tradeMethod);
  const setMethod = useAppStore((s) => s.setTradeMethod);
  const setPreset = useAppStore((s) => s.setElasticityPreset);
  const setPassThrough = useAppStore((s) => s.setPassThrough);
  const first = presets[0]?.id;
  return (
    <fieldset className="model-settings">
      <legend>Model settings</legend>
      <div role="radiogroup" aria-labelledby={`${id}-method`} className="method-switch">
        <span id={`${id}-method`} className="setting-label">Method</span>
        {METHODS.map((m) => (
          <label key={m.id}>
            <input type="radio" name={`${id}-method`} checked={method === m.id} onChange={() => setMethod(m.id)} /> {m.label}
          </label>
        ))}
      </div>
      <div className="setting">
        <label htmlFor={`${id}-preset`} className="setting-label">
          Elasticities
        </label>
        <select id={`${id}-preset`} value={preset.id} onChange={(e) => setPreset(e.target.value === first ? null : e.target.value)}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        {unknownPresetId && <p className="field-error">The link named an unknown elasticity preset; showing {preset.label}.</p>}
        <details className="evidence">
          <summary>About these elasticities <ConfidenceBadge level={preset.confidence} /></summary>
          <p>{preset.description}</p>
          <SourceNote sources={getSources(preset.sourceIds)} />
        </details>
      </div>
      <div className="pass-through">
        <NumberField
          label="Border pass-through φ (0–1)"
          value={passThrough.border}
          min={0}
          max={1}
          check={shareCheck(passThrough.border)}
          onValid={(v) => setPassThrough("border", v === evidence.border.value ? null : v)}
          hint={`Default ${evidence.border.value}${rangeText(evidence.border)}.`}
        />
        <NumberField
          label="Retail pass-through ψ (0–1)"
          value={passThrough.retail}
          min={0}
          max={1}
          check={shareCheck(passThrough.retail)}
          onValid={(v) => setPassThrough("retail", v === evidence.retail.value ? null : v)}
          hint={`Default ${evidence.retail.value}, an upper bound${rangeText(evidence.retail)}.`}
        />
        <details className="evidence">
          <summary>
            Evidence for the pass-through defaults <ConfidenceBadge level={evidence.border.confidence} />
          </summary>
          <p>{evidence.border.note}</p>
          <SourceNote sources={getSources(evidence.border.sourceIds)} />
          <p>{evidence.retail.note}</p>
          <SourceNote sources={getSources(evidence.retail.sourceIds)} />
          {evidence.note && <p>{evidence.note}</p>}
        </details>
      </div>
    </fieldset>
  );
}
