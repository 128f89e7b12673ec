// Prints orderguard's benchmark table and writes it to bench/RESULTS.md.
// Run through scripts/bench.sh, which installs what is missing and builds the release packages first.
// Each file in bench/sections/ measures one area and returns rows; they all run here, in one run.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { context } from "./context.mjs";

const only = process.argv.slice(2);
const sections = readdirSync(join(context.root, "bench/sections")).filter((f) => f.endsWith(".mjs")).sort();
mkdirSync(context.out, { recursive: true });

const rows = [];
try {
  for (const file of sections) {
    if (only.length && !only.some((name) => file.includes(name))) continue;
    const section = await import(`./sections/${file}`);
    console.error(`bench: ${file}`);
    rows.push(...(await section.default(context)));
  }
} finally {
  await context.close();
}

const header = ["area", "measure", "orderguard", "peer", "ratio"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
const line = (cells) => `| ${header.map((_, i) => String(cells[i] ?? "").padEnd(widths[i])).join(" | ")} |`;
const table = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
console.log(table);
console.log(`\nmachine: ${machine}`);
// A partial run (`scripts/bench.sh address`) prints its rows but leaves the full table in place.
if (!only.length) writeFileSync(
  join(context.root, "bench/RESULTS.md"),
  `# Benchmark results\n\nProduced by \`scripts/bench.sh\` on ${machine}, ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`,
);
