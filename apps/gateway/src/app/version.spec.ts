import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from './version';

it('reports the version in package.json', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')).version);
});
