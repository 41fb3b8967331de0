/**
 * Summarizes a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function, by file or
 * package, and inclusive time by function, optionally restricted to a time window (the worker's
 * timed construct+synth region, in `process.hrtime` microseconds, the clock V8 stamps samples with).
 */
import * as path from 'path';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: number[];
}

/** The JSON of a `.cpuprofile` file. */
export interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** One row of a summary: a name and its time. */
export interface ProfileRow {
  readonly name: string;
  readonly ms: number;
  readonly percent: number;
}

/** What {@link summarizeProfile} found. */
export interface ProfileSummary {
  /** Total sampled time in the window, ms. */
  readonly totalMs: number;
  /** Whether the window filter applied (false: the whole profile, e.g. startup included). */
  readonly windowed: boolean;
  readonly selfByFunction: ProfileRow[];
  readonly selfByFile: ProfileRow[];
  readonly inclusiveByFunction: ProfileRow[];
}

/** `lib/engine.ts`, `cdk8s/lib/app.js`, `node:internal/...`: a short name for a script URL. */
function shortFile(url: string, root: string): string {
  if (url === '') return '(native/vm)';
  let file = url.startsWith('file://') ? url.slice('file://'.length) : url;
  if (file.startsWith('node:')) return file;
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) return file.slice(nm + 'node_modules/'.length);
  if (path.isAbsolute(file)) file = path.relative(root, file);
  return file;
}

function frameName(f: CallFrame, root: string): string {
  const fn = f.functionName || '(anonymous)';
  if (f.url === '') return fn;
  return `${fn}  ${shortFile(f.url, root)}:${f.lineNumber + 1}`;
}

/** The bucket of a file: `lib/<file>`, an npm package, node internals, or V8. */
function fileBucket(f: CallFrame, root: string): string {
  const file = shortFile(f.url, root);
  if (f.url === '') return f.functionName.startsWith('(') ? f.functionName : '(native/vm)';
  if (file.startsWith('node:')) return 'node internals';
  const pkg = /^(@[^/]+\/[^/]+|[^/]+)\//.exec(file);
  if (!file.startsWith('lib/') && !file.startsWith('scripts/') && !file.startsWith('imports/') && pkg && f.url.includes('node_modules/')) return pkg[1];
  return file;
}

function top(map: Map<string, number>, total: number, limit: number): ProfileRow[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, us]) => ({ name, ms: us / 1000, percent: total > 0 ? (100 * us) / total : 0 }));
}

/**
 * Self and inclusive time, restricted to samples stamped in `[fromUs, toUs]` when given and
 * when that window holds samples.
 */
export function summarizeProfile(profile: CpuProfile, root: string, window?: { fromUs: number; toUs: number }, limit = 25): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  // each sample's time: the delta to the next sample (V8's own convention in DevTools)
  const stamps: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) stamps.push((t += d));
  const durations = stamps.map((s, i) => (i + 1 < stamps.length ? stamps[i + 1] - s : 0));
  let inWindow = (_i: number) => true;
  let windowed = false;
  if (window) {
    const hits = stamps.filter(s => s >= window.fromUs && s <= window.toUs).length;
    if (hits > 0) {
      inWindow = i => stamps[i] >= window.fromUs && stamps[i] <= window.toUs;
      windowed = true;
    }
  }
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (!inWindow(i)) return;
    const us = durations[i];
    const node = byId.get(id);
    if (!node) return;
    total += us;
    const f = node.callFrame;
    self.set(frameName(f, root), (self.get(frameName(f, root)) ?? 0) + us);
    const bucket = fileBucket(f, root);
    files.set(bucket, (files.get(bucket) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)?.callFrame;
      if (!cf || cf.url === '' || cf.functionName === '') continue;
      const name = frameName(cf, root);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  });
  return {
    totalMs: total / 1000,
    windowed,
    selfByFunction: top(self, total, limit),
    selfByFile: top(files, total, limit),
    inclusiveByFunction: top(inclusive, total, limit),
  };
}

/** The summary as text tables. */
export function formatProfileSummary(s: ProfileSummary): string {
  const table = (title: string, rows: ProfileRow[]) =>
    `${title}\n${rows.map(r => `  ${r.ms.toFixed(0).padStart(7)} ms ${r.percent.toFixed(1).padStart(5)}%  ${r.name}`).join('\n')}\n`;
  return [
    `profile: ${s.totalMs.toFixed(0)} ms sampled${s.windowed ? ' (timed construct+synth window only)' : ' (WHOLE process: window filter found no samples)'}`,
    table('self time by function:', s.selfByFunction),
    table('self time by file / package:', s.selfByFile),
    table('inclusive time by function:', s.inclusiveByFunction),
  ].join('\n');
}
