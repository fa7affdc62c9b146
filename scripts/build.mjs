// Bundles the CLI into one file (dist/newsx.js): one file starts ~2x faster than hundreds of tsc
// outputs (docs/DESIGN.md §7). Runs on `npm install` (prepare), so a fresh clone is ready for `npx newsx`.
import { build } from 'esbuild';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
const outfile = join(outdir, 'newsx.js');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
  entryPoints: { newsx: join(root, 'src', 'cli.ts') },
  outdir,
  // The explorer (Ink, React, yoga) is a chunk of its own: `newsx actors --json` never parses it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  // Ink imports react-devtools-core only when DEV is set; a stub keeps it out of the bundle.
  alias: { 'react-devtools-core': join(root, 'scripts', 'devtools-stub.mjs') },
  define: { 'process.env.NODE_ENV': '"production"', NEWSX_VERSION: JSON.stringify(pkg.version) },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __newsxCreateRequire } from 'node:module';\nconst require = __newsxCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// The cache is keyed on this hash too, so a rebuilt newsx never trusts analysis from an older build.
const hash = createHash('sha256');
for (const file of Object.keys(result.metafile.outputs).sort()) hash.update(await readFile(join(root, file)));
const buildHash = hash.digest('hex').slice(0, 16);
await writeFile(join(root, 'dist', 'build.json'), JSON.stringify({ version: pkg.version, buildHash }) + '\n');
await chmod(outfile, 0o755);
if (process.env.NEWSX_BUILD_STATS) console.log(Object.keys(result.metafile.inputs).length, 'inputs');
