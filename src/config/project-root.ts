import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder (package.json and cypher/ side by side), found from this file in src/ and in dist/src/ alike. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'cypher'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the project folder (package.json and cypher/) above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
