// What every bench section shares: paths, the packages loaded in Node and in Chromium, the native
// runner, the Python peers' venv, a seeded generator, and formatting.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { launch } from "../tests/e2e/harness.mjs";
import { startServer } from "../scripts/serve.mjs";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "bench/out");
/** How long each throughput measure runs, in milliseconds. */
const MEASURE_MS = 1000;

/** Loads a wasm package (`checkout` or `seller`) in Node. */
async function loadPackage(name) {
  const pkg = await import(join(root, `www/pkg/${name}/orderguard.js`));
  await pkg.default({ module_or_path: readFileSync(join(root, `www/pkg/${name}/orderguard_bg.wasm`)) });
  return pkg;
}

/** Calls `pass()` (one pass over `items` inputs) for at least a second; returns items per second. */
function rate(items, pass) {
  pass();
  const start = performance.now();
  let passes = 0;
  while (performance.now() - start < MEASURE_MS) {
    pass();
    passes++;
  }
  return (items * passes * 1000) / (performance.now() - start);
}

/** Runs a native measure of bench/native over an input file; returns items per second. */
function native(measure, inputFile) {
  const output = execFileSync(
    "cargo",
    ["run", "--quiet", "--profile", "bench", "-p", "orderguard-bench", "--", measure, inputFile],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(output).perSecond;
}

/** Writes generated inputs once, so native, wasm and peer runs read the very same data. */
function writeInput(name, value) {
  const file = join(out, name);
  writeFileSync(file, typeof value === "string" || value instanceof Uint8Array ? value : JSON.stringify(value));
  return file;
}

/** A small deterministic generator (mulberry32): every run measures the same inputs. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The Python of bench/.venv with `pypiName` installed from PyPI (once). Returns { python, version }.
 */
function python(pypiName) {
  const venv = join(root, "bench/.venv");
  const bin = join(venv, "bin/python");
  if (!existsSync(bin)) execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
  const version = () =>
    execFileSync(bin, ["-c", `import importlib.metadata as m; print(m.version(${JSON.stringify(pypiName)}))`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    return { python: bin, version: version() };
  } catch {
    execFileSync(bin, ["-m", "pip", "install", "--quiet", pypiName], { stdio: "inherit" });
    return { python: bin, version: version() };
  }
}

/** Runs a Python peer script over an input file; the script prints `{"perSecond": N}`. */
function pythonPeer(pypiName, script, inputFile) {
  const { python: bin, version } = python(pypiName);
  const result = JSON.parse(execFileSync(bin, ["-c", script, inputFile, String(MEASURE_MS / 1000)], { encoding: "utf8" }));
  return { perSecond: result.perSecond, name: `${pypiName} ${version}` };
}

// One Chromium and one static server for the whole run, started on first use.
let browser;
async function chromium() {
  if (!browser) {
    const { server, url } = await startServer({ root: root });
    browser = { server, url, instance: await launch() };
  }
  return browser;
}

/**
 * Opens `path` of the repository (served as static files) in a fresh browser context, so nothing is
 * cached; `init` is a function run in the page before any of its scripts.
 */
async function openPage(path, { init } = {}) {
  const { url, instance } = await chromium();
  const context = await instance.newContext();
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(`${url}${path}`);
  return { page, url, close: () => context.close() };
}

/**
 * Measures in headless Chromium: loads package `pkg` in a page, reads `input` (a file in bench/out, as
 * "json", "text" or "bytes"), then times `pass` (the source of `(og, data) => ...`, one pass over
 * `items` inputs) exactly as `rate` does in Node. `scripts` are classic scripts loaded first.
 */
async function browserRate(pkg, input, items, pass, { as = "json", scripts = [] } = {}) {
  const { page, close } = await openPage("bench/blank.html");
  try {
    for (const src of scripts) await page.addScriptTag({ url: `/${src}` });
    return await page.evaluate(
      async ({ pkg, input, items, pass, as, ms }) => {
        const og = await import(`/www/pkg/${pkg}/orderguard.js`);
        await og.default({ module_or_path: `/www/pkg/${pkg}/orderguard_bg.wasm` });
        const response = await fetch(`/bench/out/${input}`);
        const data =
          as === "json" ? await response.json() : as === "text" ? await response.text() : new Uint8Array(await response.arrayBuffer());
        const run = (0, eval)(pass);
        run(og, data);
        const start = performance.now();
        let passes = 0;
        while (performance.now() - start < ms) {
          run(og, data);
          passes++;
        }
        return (items * passes * 1000) / (performance.now() - start);
      },
      { pkg, input, items, pass, as, ms: MEASURE_MS },
    );
  } finally {
    await close();
  }
}

async function close() {
  if (!browser) return;
  await browser.instance.close();
  await new Promise((done) => browser.server.close(done));
  browser = undefined;
}

const perSecond = (n) => `${Math.round(n).toLocaleString("en-US")}/s`;
const ratio = (ours, theirs) => `${(ours / theirs).toFixed(ours < theirs ? 2 : 1)}×`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export const context = {
  root,
  out,
  loadPackage,
  rate,
  native,
  writeInput,
  random,
  pythonPeer,
  openPage,
  browserRate,
  close,
  perSecond,
  ratio,
  kb,
};
