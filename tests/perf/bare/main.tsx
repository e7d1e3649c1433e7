/**
 * The benchmark's floor: React 19 rendering one <h1> with createRoot, built by the app's own Vite
 * config (same plugin-react, same target). Its first-contentful-paint is what "map interactive" is
 * compared with.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <h1>Alliance Atlas</h1>
    </StrictMode>,
  );
}
