// Bundles the CLI with esbuild. Runs from `prepare`, so `npm ci` alone leaves a working `npx budget`.
// Code splitting keeps heavy modules (yaml, zod) out of the start-up path of --help and --version.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  define: { BUDGET_VERSION: JSON.stringify(version) },
  // commander and friends are CommonJS; give the ESM bundle a require() for them.
  banner: { js: "import { createRequire as __budgetRequire } from 'node:module'; const require = __budgetRequire(import.meta.url);" },
  // pdf.js loads its worker, CMaps and fonts from its own package directory, and exceljs is
  // CommonJS with optional requires: both stay runtime dependencies, imported from node_modules.
  // yaml too: src/load/yaml-lib.ts requires it only when the fast reader gives up, so a check
  // of ordinary YAML never compiles its 350 kB.
  external: ['pdfjs-dist', 'exceljs', 'jszip', 'yaml'],
  logLevel: 'warning',
});
