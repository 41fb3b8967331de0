/**
 * File helpers shared by the scripts and the tests: listing a folder and hashing files.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Every file of a folder, relative to it, with `/`, sorted; none if the folder does not exist.
 * Folders named in `skip` are left out, at any depth.
 */
export function filesOf(dir: string, skip: readonly string[] = [], prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(e =>
      e.isDirectory() ? (skip.includes(e.name) ? [] : filesOf(path.join(dir, e.name), skip, `${prefix}${e.name}/`)) : e.isFile() ? [`${prefix}${e.name}`] : [],
    )
    .sort();
}

/** The sha256 of some bytes, in hex. */
export function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
