// Generates libs/contracts/src/generated from proto/*.proto with proto-loader-gen-types
// (ships inside @grpc/proto-loader, needs no protoc binary). `--check` fails when the
// committed output differs from a fresh generation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'libs/contracts/src/generated');
const check = process.argv.includes('--check');

const protos = readdirSync(join(root, 'proto')).filter((f) => f.endsWith('.proto')).sort();
const outDir = check ? mkdtempSync(join(tmpdir(), 'contracts-')) : target;
if (!check) {
  rmSync(target, { recursive: true, force: true });
}
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@grpc/proto-loader/build/bin/proto-loader-gen-types.js'),
    '--grpcLib=@grpc/grpc-js',
    '--longs=Number',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--includeComments',
    `--includeDirs=${join(root, 'proto')}`,
    `--outDir=${outDir}`,
    ...protos,
  ],
  { cwd: join(root, 'proto'), stdio: 'inherit' },
);

// One barrel per proto package, so code imports `HistoryV1.Image__Output` rather than deep paths.
for (const pkg of ['grpc/health/v1', 'sightline/history/v1', 'sightline/camera/v1', 'sightline/training/v1', 'sightline/inference/v1']) {
  const files = readdirSync(join(outDir, pkg)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
  writeFileSync(join(outDir, pkg, 'index.ts'), files.map((f) => `export type * from './${f.replace(/\.ts$/, '')}';\n`).join(''));
}

// The generator writes each proto's absolute path into a header; keep the output clone-independent.
for (const f of readdirSync(outDir, { recursive: true }).map(String)) {
  const file = join(outDir, f);
  if (statSync(file).isFile()) {
    writeFileSync(file, readFileSync(file, 'utf8').split(root).join(''));
  }
}

if (check) {
  const list = (dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort();
  const fresh = list(outDir);
  const committed = list(target);
  const stale = [
    ...fresh.filter((f) => !committed.includes(f) || readFileSync(join(outDir, f), 'utf8') !== readFileSync(join(target, f), 'utf8')),
    ...committed.filter((f) => !fresh.includes(f)),
  ];
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`Generated contracts are stale (run npm run gen:contracts): ${stale.map((f) => relative(root, join(target, f))).join(', ')}`);
    process.exit(1);
  }
  console.log('Generated contracts are up to date.');
}
