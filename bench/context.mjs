// What every bench section shares: paths, the packages loaded in Node, the native runner, formatting.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "bench/out");

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
  while (performance.now() - start < 1000) {
    pass();
    passes++;
  }
  return (items * passes * 1000) / (performance.now() - start);
}

/** Runs a native measure of bench/native over a JSON input file; returns items per second. */
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
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const perSecond = (n) => `${Math.round(n).toLocaleString("en-US")}/s`;
const ratio = (ours, theirs) => `${(ours / theirs).toFixed(1)}×`;

export const context = { root, out, loadPackage, rate, native, writeInput, perSecond, ratio };
