/** Link rules shared by several indicators (see linking.ts). */
import type { LinkRule } from "./types";

/** South Korea, or the US–South Korea alliance edge. */
export const ALLIANCE_LINKS: LinkRule = {
  actors: ["KOR"],
  pairs: [{ between: ["USA", "KOR"], types: ["alliance", "military_cooperation"] }],
};

/** North Korea's own programmes: the actor, or its hostility edges with South Korea and the US. */
export const DPRK_PROGRAMME_LINKS: LinkRule = {
  actors: ["PRK"],
  pairs: [{ between: ["KOR", "PRK"] }, { between: ["USA", "PRK"] }],
};

/** North Korea in Russia's war: the actor, any North Korea–Russia edge, and its edge with Ukraine. */
export const DPRK_RUSSIA_LINKS: LinkRule = {
  actors: ["PRK"],
  pairs: [{ between: ["PRK", "RUS"] }, { between: ["PRK", "UKR"] }],
};

/** Context indicators that no single selection is about. */
export const NO_LINKS: LinkRule = { actors: [], pairs: [] };
