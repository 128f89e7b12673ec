// A static file server for www/, for the demo and the browser tests. Loopback only; no dependencies.
//   node scripts/serve.mjs [--port N] [--csp]
// --csp adds the strict Content-Security-Policy a careful checkout page would send.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

export function startServer({ root, port = 0, csp = false } = {}) {
  const base = resolve(root ?? join(fileURLToPath(import.meta.url), "../../www"));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return send(res, 403, "forbidden");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
      if (csp) headers["content-security-policy"] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      send(res, 404, "not found");
    }
  });
  return new Promise((done) =>
    server.listen(port, "127.0.0.1", () => done({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

function send(res, status, text) {
  res.writeHead(status, { "content-type": "text/plain" }).end(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf("--port");
  const port = Number(portFlag >= 0 ? args[portFlag + 1] : process.env.PORT || 8080);
  const { url } = await startServer({ port, csp: args.includes("--csp") });
  console.log(`orderguard demo: ${url}  (checkout)  ${url}seller.html  (listing checker)`);
}
