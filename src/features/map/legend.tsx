import { useAppStore } from "../../store/app-store";
import { RELATION_TYPES } from "../../domain/types";
import { RELATION_STYLES } from "./relation-styles";
import { t } from "../../i18n/i18n";

/** "Alliance" → "alliance" inside a sentence (Korean has no case). */
const lower = (s: string) => s.toLowerCase();

/** The map legend doubles as a filter: each relation type is a toggle button. */
export function Legend() {
  const hidden = useAppStore((s) => s.hiddenRelationTypes);
  const toggle = useAppStore((s) => s.toggleRelationType);
  return (
    <div className="legend" role="group" aria-label={t("map.legendLabel")}>
      {RELATION_TYPES.map((type) => {
        const st = RELATION_STYLES[type];
        const shown = !hidden.includes(type);
        return (
          <button
            key={type}
            type="button"
            className="legend-item"
            aria-pressed={shown}
            onClick={() => toggle(type)}
            title={t(shown ? "map.hideLines" : "map.showLines", { type: lower(t(st.label)) })}
          >
            <svg width="34" height="10" aria-hidden="true" focusable="false">
              <line
                x1="2"
                y1="5"
                x2="32"
                y2="5"
                stroke={st.color}
                strokeWidth="3"
                strokeDasharray={st.dash === "none" ? undefined : st.dash}
                strokeLinecap="round"
              />
            </svg>
            {t(st.label)}
          </button>
        );
      })}
    </div>
  );
}
