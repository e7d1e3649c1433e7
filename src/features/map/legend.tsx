import { useAppStore } from "../../store/app-store";
import { RELATION_TYPES } from "../../domain/types";
import { RELATION_STYLES } from "./relation-styles";

/** The map legend doubles as a filter: each relation type is a toggle button. */
export function Legend() {
  const hidden = useAppStore((s) => s.hiddenRelationTypes);
  const toggle = useAppStore((s) => s.toggleRelationType);
  return (
    <div className="legend" role="group" aria-label="Relation types (toggle to show or hide)">
      {RELATION_TYPES.map((t) => {
        const st = RELATION_STYLES[t];
        const shown = !hidden.includes(t);
        return (
          <button
            key={t}
            type="button"
            className="legend-item"
            aria-pressed={shown}
            onClick={() => toggle(t)}
            title={shown ? `Hide ${st.label.toLowerCase()} lines` : `Show ${st.label.toLowerCase()} lines`}
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
            {st.label}
          </button>
        );
      })}
    </div>
  );
}
