/**
 * The benchmark's floor: React 19 rendering a heading and one button with createRoot, built by the
 * app's own Vite config (same plugin-react, same target). Its first-contentful-paint is what "map
 * interactive" is compared with; a click on the button, which changes the text of an <h2>, is the
 * floor for "click to painted" (input delivery, one React update, one frame).
 */
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

function Floor() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Alliance Atlas</h1>
      <button type="button" id="floor-button" onClick={() => setCount((c) => c + 1)}>
        Select
      </button>
      <section aria-label="Details">
        <h3>Selection {count}</h3>
      </section>
    </main>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
