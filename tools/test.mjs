// `npm test`: every check the project has, in one run, ending with one line "N passed, N failed".
// Steps: generated code is fresh, everything builds, lint, unit + integration tests (real SQLite,
// MariaDB when reachable, sharp, TensorFlow.js), then e2e against the real processes and Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'tmp', 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(command, args, options = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status === 0;
}

function check(name, ok) {
  if (ok) {
    passed++;
  } else {
    failed++;
    failures.push(name);
  }
  console.log(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

function jest(name, args) {
  const file = join(out, `${name}.json`);
  const ok = run('npx', ['jest', ...args, '--ci', '--json', `--outputFile=${file}`]);
  if (!existsSync(file)) {
    return check(`${name} tests ran`, false);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const suite of report.testResults) {
    for (const test of suite.assertionResults) {
      if (test.status === 'failed') {
        failures.push(test.fullName);
      }
    }
    if (suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed')) {
      check(`suite ${suite.name.replace(root, '')} loads`, false);
    }
  }
  return ok;
}

check('generated gRPC contracts match proto/', run('node', ['tools/gen-contracts.mjs', '--check']));

const built = check('all apps build', run('npx', ['nx', 'run-many', '-t', 'build', '--projects=history,camera,training,inference,gateway,console', '--output-style=stream']));

if (built) {
  const scratch = mkdtempSync(join(tmpdir(), 'openapi-'));
  const document = join(scratch, 'openapi.json');
  const schema = join(scratch, 'schema.d.ts');
  const generated =
    run('node', ['dist/apps/gateway/main.js', '--write-openapi', document]) &&
    run('npx', ['openapi-typescript', document, '-o', schema, '--silent']);
  const same = (a, b) => existsSync(a) && existsSync(b) && readFileSync(a, 'utf8') === readFileSync(b, 'utf8');
  check(
    'OpenAPI document and console API client are up to date (npm run gen:api)',
    generated && same(document, join(root, 'apps/gateway/openapi.json')) && same(schema, join(root, 'apps/console/src/app/api/schema.d.ts')),
  );
  rmSync(scratch, { recursive: true, force: true });
}

check('lint (module boundaries, type-aware rules, no warnings)', run('npx', ['nx', 'run-many', '-t', 'lint', '--output-style=stream', '--', '--max-warnings=0']));
check('lint e2e/', run('npx', ['eslint', '--max-warnings=0', 'e2e']));

jest('unit-and-integration', []);
if (built) {
  jest('e2e', ['-c', 'e2e/jest.config.cts', '--forceExit', '--logHeapUsage']);
}

if (failures.length > 0) {
  console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(out, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
