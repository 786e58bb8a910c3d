// What the first screen costs over the wire: index.html and every file it loads or preloads
// (scripts, module preloads, stylesheets), fetched as a browser would with each Accept-Encoding.
// Usage: npm run bench:first-screen -- http://127.0.0.1:3000   (a running server with a web build)
const base = process.argv[2] ?? 'http://127.0.0.1:3000';

async function bytes(path: string, encoding: string) {
  const res = await fetch(new URL(path, base), { headers: { 'accept-encoding': encoding } });
  const body = new Uint8Array(await res.arrayBuffer());
  // fetch decodes the body; what crossed the wire is the content-length of the encoded file.
  const wire = Number(res.headers.get('content-length') ?? body.length);
  return {
    size: wire,
    encoding: res.headers.get('content-encoding') ?? 'identity',
    cache: res.headers.get('cache-control'),
  };
}

const html = await (await fetch(new URL('/', base))).text();
const files = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
const paths = ['/', ...new Set(files)];
for (const encoding of ['identity', 'gzip', 'br']) {
  let total = 0;
  const used = new Set<string>();
  for (const path of paths) {
    const r = await bytes(path, encoding);
    total += r.size;
    used.add(r.encoding);
  }
  console.log(
    `${encoding.padEnd(8)} ${paths.length} files, ${(total / 1024).toFixed(1)} kB (sent as ${[...used].join(', ')})`,
  );
}
const asset = files[0] ? await bytes(files[0], 'br') : null;
const shell = await bytes('/', 'br');
console.log(`cache-control: asset ${asset?.cache ?? '-'}; index.html ${shell.cache ?? '-'}`);
const robots = await fetch(new URL('/robots.txt', base));
console.log(
  `robots.txt: ${robots.status} ${robots.headers.get('content-type')} ${JSON.stringify((await robots.text()).slice(0, 40))}`,
);

export {};
