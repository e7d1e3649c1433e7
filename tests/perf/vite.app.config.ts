/**
 * The app's own Vite config plus one plugin that only observes: after bundling it writes, for every
 * chunk, its modules in output order with their rendered length, to the file named by
 * ATLAS_BENCH_STATS (outside the served folder). bench.mjs uses it with the hidden source maps to say
 * where the first chunk's bytes come from; the built files are the same as `vite build`'s.
 */
import { writeFileSync } from "node:fs";
import { mergeConfig, type Plugin } from "vite";
import appConfig from "../../vite.config";

function chunkModules(): Plugin {
  return {
    name: "alliance-atlas:bench-chunk-modules",
    apply: "build",
    generateBundle(_options, bundle) {
      const out = process.env.ATLAS_BENCH_STATS;
      if (!out) return;
      const chunks = Object.values(bundle).flatMap((c) =>
        c.type === "chunk"
          ? [{ fileName: c.fileName, modules: c.moduleIds.map((id) => ({ id, renderedLength: c.modules[id]?.renderedLength ?? 0 })) }]
          : [],
      );
      writeFileSync(out, JSON.stringify(chunks));
    },
  };
}

export default mergeConfig(appConfig, { plugins: [chunkModules()] });
