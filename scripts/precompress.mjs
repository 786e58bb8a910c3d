// Precompresses the built web app (brotli at its best quality, gzip at 9) beside each file, so the
// server sends `app.js.br` or `app.js.gz` by content negotiation without compressing per request.
// Run after `vite build`: node scripts/precompress.mjs web/dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'web/dist';
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
// Below this the headers cost more than the saving.
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}

let count = 0;
let before = 0;
let afterBr = 0;
for (const path of files(root)) {
  const content = readFileSync(path);
  if (content.length < MIN_BYTES) continue;
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  count += 1;
  before += content.length;
  afterBr += br.length;
}
console.log(
  `precompressed ${count} files: ${(before / 1024).toFixed(0)} kB → ${(afterBr / 1024).toFixed(0)} kB brotli`,
);
