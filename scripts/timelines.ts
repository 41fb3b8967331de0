/**
 * `npm run timelines`: draws the probe timelines of the tutorial app, as synthesized in dist/, into
 * docs/timelines/<chart>.svg, one picture per chart, with the moments the tutorial's applications
 * stop answering (busybox removes /tmp/healthy at 30 s, agnhost's liveness server answers 500
 * from 10 s). test/timeline-svg.test.ts checks that the pictures are up to date.
 *
 *   node node_modules/ts-node/dist/bin.js --swc scripts/timelines.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { probeTimelines, renderTimelineSvg } from '../lib/check';
import { parseSource } from '../lib/yaml/reader';

const ROOT = path.join(__dirname, '..');

/** Where the pictures go, relative to the repo root. */
export const TIMELINES_DIR = 'docs/timelines';

/** When the tutorial's applications stop answering, in seconds after their start, by `Kind/name/container`. */
export const TUTORIAL_STOPS: Readonly<Record<string, number>> = {
  'Pod/liveness-exec/liveness': 30,
  'Pod/liveness-http/liveness': 10,
  'Deployment/goproxy/goproxy': 100,
};

/** The pictures of the charts of dist/ in the repo at `root`: file name (`goproxy.svg`) → SVG. */
export function tutorialTimelines(root: string = ROOT): Map<string, string> {
  const dist = path.join(root, 'dist');
  const out = new Map<string, string>();
  for (const file of fs
    .readdirSync(dist)
    .filter(f => f.endsWith('.k8s.yaml'))
    .sort()) {
    const manifests = parseSource(fs.readFileSync(path.join(dist, file), 'utf8')).manifests.map(m => m.value);
    const timelines = probeTimelines(manifests);
    if (timelines.length > 0) out.set(file.replace(/\.k8s\.yaml$/, '.svg'), renderTimelineSvg(timelines, TUTORIAL_STOPS));
  }
  return out;
}

if (require.main === module) {
  const dir = path.join(ROOT, TIMELINES_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, svg] of tutorialTimelines()) {
    fs.writeFileSync(path.join(dir, file), svg);
    console.log(`${TIMELINES_DIR}/${file}`);
  }
}
