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
import { t } from "../../i18n/i18n";

interface ModelSettingsProps {
  presets: readonly ElasticityPreset[];
  preset: ElasticityPreset;
  unknownPresetId: string | null;
  evidence: PassThrough;
  passThrough: PassThroughSetting;
}

/** "Default 0.9; evidence range 0.8–1." (or "…, an upper bound…" for retail). */
function defaultHint(f: { value: number; low?: number; high?: number }, upper: boolean): string {
  const ranged = f.low !== undefined && f.high !== undefined;
  const values = { value: f.value, low: f.low ?? 0, high: f.high ?? 0 };
  if (upper) return ranged ? t("trade.settings.defaultUpperRange", values) : t("trade.settings.defaultUpper", values);
  return ranged ? t("trade.settings.defaultRange", values) : t("trade.settings.default", values);
}

const METHODS: readonly Method[] = ["ces", "smart"];

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
      <legend>{t("trade.settings.legend")}</legend>
      <div role="radiogroup" aria-labelledby={`${id}-method`} className="method-switch">
        <span id={`${id}-method`} className="setting-label">
          {t("trade.settings.method")}
        </span>
        {METHODS.map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-method`} checked={method === m} onChange={() => setMethod(m)} /> {t(`trade.settings.method.${m}`)}
          </label>
        ))}
      </div>
      <div className="setting">
        <label htmlFor={`${id}-preset`} className="setting-label">
          {t("trade.settings.elasticities")}
        </label>
        <select id={`${id}-preset`} value={preset.id} onChange={(e) => setPreset(e.target.value === first ? null : e.target.value)}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        {unknownPresetId && <p className="field-error">{t("trade.settings.unknownPreset", { preset: preset.label })}</p>}
        <details className="evidence">
          <summary>
            {t("trade.settings.aboutElasticities")} <ConfidenceBadge level={preset.confidence} /></summary>
          <p>{preset.description}</p>
          <SourceNote sources={getSources(preset.sourceIds)} />
        </details>
      </div>
      <div className="pass-through">
        <NumberField
          label={t("trade.settings.border")}
          value={passThrough.border}
          min={0}
          max={1}
          check={shareCheck(passThrough.border)}
          onValid={(v) => setPassThrough("border", v === evidence.border.value ? null : v)}
          hint={defaultHint(evidence.border, false)}
        />
        <NumberField
          label={t("trade.settings.retail")}
          value={passThrough.retail}
          min={0}
          max={1}
          check={shareCheck(passThrough.retail)}
          onValid={(v) => setPassThrough("retail", v === evidence.retail.value ? null : v)}
          hint={defaultHint(evidence.retail, true)}
        />
        <details className="evidence">
          <summary>
            {t("trade.settings.evidence")} <ConfidenceBadge level={evidence.border.confidence} />
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
