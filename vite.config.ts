import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { atlasPlugin } from "./scripts/atlas-plugin";
import { jsonDataPlugin } from "./scripts/json-data-plugin";
import { dataDigestPlugin } from "./scripts/data-digest-plugin";
import { i18nPlugin } from "./scripts/i18n-plugin";
import { compileHintFor, d3GeoForMapsPlugin } from "./scripts/startup-plugins";

/**
 * The Content-Security-Policy of the built app: everything from its own origin, no inline script,
 * no inline style sheets. Injected at build time only (the dev server needs inline scripts for HMR).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function cspPlugin(): Plugin {
  return {
    name: "alliance-atlas:csp",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The map view's panels (Details, the headline figures, the timeline, the selection's links), the
 * schema check's page side and the small modules only they share with other panels: one chunk,
 * fetched once the map is on the display, instead of fifteen. Each chunk was a request, a compile
 * and an evaluation task of its own just as the first clicks came in (10 loads each: right-after-load
 * p95 77 → 72 ms), and on a real network a waterfall (a panel's chunk, then its imports). Their
 * dependencies (React, the entry's modules) are not captured with them, so the first screen's
 * scripts do not change; a module the entry uses must not match (the e2e map test counts the scripts).
 */
const FIRST_VIEW = new RegExp(
  [
    // Not Details' preview: the map shows it before the panels load.
    /src[\\/]features[\\/](details[\\/](?!actor-preview)|headline[\\/]|timeline[\\/])/,
    /src[\\/]app[\\/]selection-links/,
    /src[\\/]data[\\/](check-report|checked-data)\.ts/,
    /src[\\/]domain[\\/](headline|indicator-summary|overlay-path)\.ts/,
    // Not types (the entry's), calendar (Alliance's own) or table-data (the charts').
    /src[\\/]domain[\\/]indicators[\\/](?!types|calendar|table-data)/,
    /src[\\/]domain[\\/]tariff[\\/](rates-on|presets|scenario-for-event)\.ts/,
    /src[\\/]components[\\/](indicator-text|source-note|confidence-badge|value-date|stale-badge|figure-value|english-original)\.tsx?/,
  ]
    .map((r) => r.source)
    .join("|"),
);

export default defineConfig({
  plugins: [
    react(),
    atlasPlugin(),
    jsonDataPlugin(),
    dataDigestPlugin(),
    i18nPlugin(),
    cspPlugin(),
    d3GeoForMapsPlugin(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["favicon.svg", "favicon.png"],
      manifest: {
        name: "Alliance Atlas — US–South Korea relations",
        short_name: "Alliance Atlas",
        description: "An interactive, sourced dashboard of US–South Korea relations in their regional setting.",
        theme_color: "#123a5e",
        background_color: "#ffffff",
        display: "standalone",
        start_url: "/",
        icons: [
          { src: "favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
          { src: "icon-512.svg", sizes: "512x512", type: "image/svg+xml", purpose: "any maskable" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,webmanifest}"],
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // What the first chunk shares with the panels (React, the i18n runtime, the map's data files, the
    // formats) goes into one chunk, not one per module: the first screen was seven scripts, and past
    // six requests to one host HTTP/1.1 queues the rest. Seven → three (entry, runtime, shared) made
    // the map interactive 30 ms sooner (16 loads each on a 2-CPU machine); React DOM (below) is the fourth.
    rolldownOptions: {
      output: {
        // V8's compile hint on the entry chunk: its functions compiled while it is parsed, off the main
        // thread (scripts/startup-plugins.ts). After minification, so it stays the file's first line.
        postBanner: compileHintFor,
        codeSplitting: {
          groups: [
            // The map view's panels and what only they and other panels use: one chunk (FIRST_VIEW).
            { name: "first-view", includeDependenciesRecursively: false, test: FIRST_VIEW },
            // React DOM and its scheduler (218 KB) in a chunk of their own, beside the entry (155 KB):
            // the browser parses each script on a thread of its own as it arrives, and the entry waits
            // for the slowest. In one entry of 357 KB, its parse was 50 ms of the wait; split, the two
            // parse side by side. 50 interleaved loads each: map-ready median 212.5 → 201.3 ms (the
            // bare React page 136 ms).
            { name: "react-dom", test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
            {
              name: "shared",
              test: /src[\\/]domain[\\/]format\.ts|src[\\/]data[\\/](dataset|localized-data)\.ts|data[\\/](actors|relations)\.json|node_modules[\\/](react|@lingui)[\\/]|src[\\/]i18n[\\/]|preload-helper/,
            },
          ],
        },
      },
    },
    // The first chunk's imports are preloaded from index.html; a lazy chunk's imports are not (its
    // own import statements fetch them): at map-ready, Vite's preload helper inserted a <link> for
    // every dependency of nine lazy panels at once, one long task on the main thread just as the
    // map became clickable. No polyfill: every supported browser has modulepreload.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === "html" ? deps : []) },
  },
  // The data check's worker (src/data/check-worker.ts) is an ES module, as the page's chunks are.
  worker: { format: "es" },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
