/**
 * The timeline picture: a self-contained, deterministic SVG whose text is drawn as paths, rendered
 * by a real SVG renderer (resvg) without any font and compared with a committed golden PNG; and
 * the tutorial's pictures in docs/timelines are those that `npm run timelines` draws.
 *
 * To accept a new golden picture after a deliberate change: `UPDATE_GOLDEN=1 npx jest test/timeline-svg.test.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Resvg } from '@resvg/resvg-js';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { probeTimelines, renderTimelineSvg } from '../lib';
import { textPath } from '../lib/review/stroke-font';
import { TIMELINES_DIR, TUTORIAL_STOPS, tutorialTimelines } from '../scripts/timelines';

const ROOT = path.join(__dirname, '..');
const GOLDEN = path.join(__dirname, 'fixtures', 'timelines', 'tutorial.png');

/** The probes of the tutorial's pods, as written in its YAML (the values, not dist/, so that the golden picture depends on nothing else). */
function tutorial(): unknown[] {
  const pod = (name: string, containers: Record<string, unknown>[], labels: Record<string, string> = {}) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers },
  });
  const tcp = { tcpSocket: { port: 8080 } };
  const http = { httpGet: { path: '/healthz', port: 'liveness-port' } };
  return [
    pod('liveness-exec', [{ name: 'liveness', livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 } }]),
    pod('liveness-http', [{ name: 'liveness', livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, initialDelaySeconds: 3, periodSeconds: 3 } }]),
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'goproxy' },
      spec: {
        selector: { matchLabels: { app: 'goproxy' } },
        template: {
          metadata: { labels: { app: 'goproxy' } },
          spec: {
            containers: [
              {
                name: 'goproxy',
                readinessProbe: { ...tcp, initialDelaySeconds: 5, periodSeconds: 10 },
                livenessProbe: { ...tcp, initialDelaySeconds: 15, periodSeconds: 20 },
              },
            ],
          },
        },
      },
    },
    pod('startup-probe', [
      { name: 'app', startupProbe: { ...http, failureThreshold: 30, periodSeconds: 10 }, livenessProbe: { ...http, failureThreshold: 1, periodSeconds: 10 } },
    ]),
  ];
}

/** RGBA pixels of the SVG as resvg renders it, with no font at all. */
function render(svg: string, loadSystemFonts = false): { width: number; height: number; pixels: Buffer; png: Buffer } {
  const image = new Resvg(svg, { font: { loadSystemFonts }, background: '#ffffff' }).render();
  return { width: image.width, height: image.height, pixels: Buffer.from(image.pixels), png: Buffer.from(image.asPng()) };
}

describe('the timeline picture', () => {
  const svg = renderTimelineSvg(probeTimelines(tutorial()), TUTORIAL_STOPS);

  test('is self-contained: no text elements, fonts, styles, scripts, images or links', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="960" height="\d+" viewBox="0 0 960 \d+"/);
    for (const outside of ['<text', 'font', '<style', '<script', '<image', 'href', 'url(', '@import']) expect(svg).not.toContain(outside);
  });

  test('is deterministic', () => {
    expect(renderTimelineSvg(probeTimelines(tutorial()), TUTORIAL_STOPS)).toBe(svg);
  });

  test('says every window in words for readers without the picture', () => {
    const desc = /<desc id="desc">([^<]*)<\/desc>/.exec(svg)?.[1];
    expect(desc).toContain('Pod/liveness-exec liveness: first Ready [0, 2] s, startup deadline —, liveness detection [10, 16] s, readiness detection —.');
    expect(desc).toContain('Pod/startup-probe app: first Ready [0, 12] s, startup deadline [290, 303] s');
  });

  test('renders without fonts to what the golden PNG shows, and is not blank', () => {
    const image = render(svg);
    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(GOLDEN)) {
      if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`${GOLDEN} is missing: run UPDATE_GOLDEN=1 npx jest test/timeline-svg.test.ts`);
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, image.png);
    }
    // not blank: ink covers a fair part of it, in the colours of the windows
    let ink = 0;
    const hues = { green: 0, orange: 0, purple: 0, red: 0 };
    for (let i = 0; i < image.pixels.length; i += 4) {
      const [r, g, b] = [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
      if (r + g + b < 740) ink++;
      if (g > r + 40 && g > b + 20) hues.green++;
      if (r > g + 40 && g > b + 30) hues.orange++;
      if (b > g + 40 && r > g + 20) hues.purple++;
      if (r > g + 60 && r > b + 50 && Math.abs(g - b) < 25) hues.red++;
    }
    expect(ink / (image.width * image.height)).toBeGreaterThan(0.03);
    for (const count of Object.values(hues)) expect(count).toBeGreaterThan(200);

    const golden = PNG.sync.read(fs.readFileSync(GOLDEN));
    expect([image.width, image.height]).toEqual([golden.width, golden.height]);
    const differing = pixelmatch(image.pixels, golden.data, null, image.width, image.height, { threshold: 0.1 });
    // anti-aliasing may differ between renderer builds: a few pixels, never a drawing
    expect(differing / (image.width * image.height)).toBeLessThan(0.0005);
  });

  test('needs no font: the same pixels with and without the system fonts', () => {
    expect(render(svg, true).pixels.equals(render(svg).pixels)).toBe(true);
  });

  test('the stroke font draws digits, letters and the symbols the pictures use (no box for a missing glyph)', () => {
    const box = (ch: string) => textPath(ch, 0, 7, 9) === textPath('\u{1F600}', 0, 7, 9);
    const chars = [...'0123456789', ...'abcdefghijklmnopqrstuvwxyz', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ...'.,:;-–—_/()[]%+=<>≤≥×·…→\'"!?#*~&|'];
    expect(chars.filter(box)).toEqual([]);
    expect(box('\u{1F600}')).toBe(true);
  });
});

describe('docs/timelines', () => {
  test('holds the pictures npm run timelines draws from dist/', () => {
    const expected = tutorialTimelines(ROOT);
    const dir = path.join(ROOT, TIMELINES_DIR);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
    expect(files).toEqual([...expected.keys()].sort());
    for (const [file, svg] of expected) {
      // on failure: run npm run timelines
      expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(svg);
    }
  });
});
