/**
 * A user's mistake reads as the user's: the message names the construct path (or the builder), the
 * field, the value and the rule, and the stack starts at the user's own call, not inside the library.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { Duration } from 'cdk8s';
import { Container, GoTestPod, HostPort, LivenessProbe, Pod, StartupProbe, ValidationError } from '../lib';
import { testChart } from './support';

const ROOT = path.join(__dirname, '..');
const LIBRARY = [`${path.join(ROOT, 'lib')}${path.sep}`, `${path.join(ROOT, 'imports')}${path.sep}`];

/** The error `fn` throws. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('nothing was thrown');
}

describe('the stack of a ValidationError starts at the caller', () => {
  test.each([
    ['a probe factory', () => LivenessProbe.httpGet({ path: '/healthz', port: 0 })],
    ['a startup budget', () => StartupProbe.exec({ command: ['true'], budget: Duration.seconds(61), period: Duration.seconds(10) })],
    ['Container.of', () => Container.of({ name: 'web', image: 'nginx:1.25', ports: [{ number: 70000 }] })],
    ['HostPort', () => Container.of({ name: 'web', image: 'nginx:1.25', ports: [{ number: 80, hostPort: HostPort.bindOnNode(80, { reason: ' ' }) }] })],
    ['a construct built from defaults', () => new GoTestPod(testChart(), 'GoTest', { port: 70000 })],
    ['a construct', () => new Pod(testChart(), 'Pod', { name: 'Not_A_Name', containers: [] })],
    [
      'a method of a construct',
      () => {
        const web = Container.of({ name: 'web', image: 'nginx:1.25' });
        new Pod(testChart(), 'Pod', { name: 'web', containers: [web] }).addContainer(web);
      },
    ],
  ])('%s', (_what, fn) => {
    // WHEN the user's code makes a mistake
    const e = thrown(fn);
    // THEN the error's stack is its message, then this file: no frame of the library
    expect(e).toBeInstanceOf(ValidationError);
    const lines = e.stack!.split('\n');
    expect(lines[0]).toBe(`ValidationError: ${e.message}`);
    expect(lines[1]).toContain(path.join('test', 'errors.test.ts'));
    expect(lines.filter(l => LIBRARY.some(dir => l.includes(dir)))).toEqual([]);
  });

  test('the message names the construct path, the field, the value and the rule', () => {
    expect(thrown(() => new GoTestPod(testChart('go-test'), 'GoTest', { port: 70000 })).message).toBe(
      '[go-test/GoTest] Container "go-test": ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive [container-port]',
    );
  });
});

describe('an uncaught ValidationError in an app', () => {
  const app = path.join('test', 'fixtures', 'invalid-app', 'main.ts');
  const message =
    'ValidationError: [go-test/GoTest] Container "go-test": ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive [container-port]';

  test('under node: the message first, then the app file; no line of the library', () => {
    const r = spawnSync(process.execPath, ['-r', './scripts/register.js', app], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(message);
    expect(lines[1]).toMatch(new RegExp(`^ {4}at .*${app.replace(/[/\\.]/g, '\\$&')}:\\d+:\\d+\\)$`));
    expect(lines.filter(l => LIBRARY.some(dir => l.includes(dir)))).toEqual([]);
  });

  test('under ts-node (as `cdk8s synth` runs an app): the app line, the message, then the app file', () => {
    const r = spawnSync(process.execPath, ['node_modules/ts-node/dist/bin.js', '--swc', app], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    // ts-node's source maps show the user's own line above the message
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(`${path.join(ROOT, app)}:7`);
    expect(lines[1]).toBe("new GoTestPod(new Chart(app, 'go-test'), 'GoTest', { port: 70000 });");
    expect(lines).toContain(message);
    expect(lines[lines.indexOf(message) + 1]).toContain(`${app}:7:1)`);
    expect(lines.filter(l => LIBRARY.some(dir => l.includes(dir)))).toEqual([]);
  });
});
