// A tiny static server for the built app (dist/), on a loopback port chosen by the OS (port 0).
// SPA fallback to index.html; correct content types; CSP header from dist/csp.txt when present.
// Text files go out gzip-compressed when the browser accepts it, as any static host serves them (the
// bench's Lighthouse runs then simulate the bytes a reader actually downloads).
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".txt"]);

export async function startServer(rootDir, { headers = {} } = {}) {
  const root = resolve(rootDir);
  /** Compressed bodies by path and modification time: each file is compressed once per build. */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let st = await stat(path).catch(() => null);
      if (!st || st.isDirectory()) {
        path = join(root, "index.html");
        st = await stat(path);
      }
      let body = await readFile(path);
      const compress = COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      if (compress) {
        const key = `${path}:${st.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
      }
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        vary: "accept-encoding",
        ...(compress ? { "content-encoding": "gzip" } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(500).end("server error");
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
