/**
 * The synthesis workloads of `scripts/bench.ts`: N copies of the tutorial's ProbedService
 * (Deployment + Service `goproxy-<i>`, TCP readiness and liveness probes on 8080) written
 *
 *   sdk        with this SDK (`ProbedService`), whole-app ManifestValidation switched on,
 *              synthesized by the SDK's synth command (`synthesize({ entry })`, as `npm run synth`)
 *   sdk-off    the same, without whole-app validation (the constructs still validate their own objects)
 *   sdk-cdk8s  the same as sdk, synthesized by `app.synth()` alone (cdk8s' own YAML writer)
 *   plus       by hand with cdk8s-plus-27 (`kplus.Deployment` + `exposeViaService`), `app.synth()`
 *   raw        by hand with the L1 classes (`KubeDeployment` + `KubeService`), `app.synth()`
 *   plus-fast  plus, synthesized by the SDK's synth command (its fast YAML writer)
 *   raw-fast   raw, synthesized by the SDK's synth command (its fast YAML writer)
 *
 * Each builder adds N pairs to one chart of a fresh App. The modules a builder needs are loaded by
 * {@link loadBuilder}, before any timing starts, so a variant that does not use `lib/` never loads it.
 * The SDK and the L1 classes are loaded as a consumer's app loads them: the compiled JavaScript of
 * `build/` (the published package; the benchmark builds it first), not the TypeScript sources
 * through a transpiler, whose inline source maps alone cost tens of MB that no consumer pays.
 * Without a build/ they are loaded from the sources.
 */
import { ApiObject, Chart, Duration, JsonPatch, Size } from 'cdk8s';
import * as fs from 'fs';
import * as path from 'path';
import type { Capability } from 'cdk8s-plus-27';

/** A variant of the synthesis benchmark. */
export type Variant = 'sdk' | 'sdk-off' | 'sdk-cdk8s' | 'plus' | 'raw' | 'plus-fast' | 'raw-fast';

/**
 * How a variant is synthesized: `sdk-synth` by the SDK's synth command (atomic output, the fast
 * YAML writer), `app-synth` by `app.synth()`, which is what `cdk8s synth` runs.
 */
export const PIPELINES: Record<Variant, 'sdk-synth' | 'app-synth'> = {
  sdk: 'sdk-synth',
  'sdk-off': 'sdk-synth',
  'sdk-cdk8s': 'app-synth',
  plus: 'app-synth',
  raw: 'app-synth',
  'plus-fast': 'sdk-synth',
  'raw-fast': 'sdk-synth',
};

const ROOT = path.resolve(__dirname, '..', '..');

/** A module as published: its compiled JavaScript in build/ when there is one, else its sources. */
function compiled<T>(built: string, sources: () => Promise<T>): Promise<T> {
  const file = path.join(ROOT, 'build', built);
  return fs.existsSync(`${file}.js`) ? Promise.resolve(require(file) as T) : sources();
}

/** This package, as a consumer's app loads it. */
export function loadSdk(): Promise<typeof import('../../lib')> {
  return compiled('lib/index', () => import('../../lib'));
}

/** Adds `n` Deployment + Service pairs to `chart`. */
export type Builder = (chart: Chart, n: number) => void;

export const IMAGE = 'registry.k8s.io/goproxy:0.1';
export const PORT = 8080;

/** Where a worker leaves the job for the entry module of `scripts/bench/entry.ts`. */
export const BENCH_JOB = Symbol.for('cdk8s-pod-patterns.bench.job');

/** What a worker asks of the entry module; the module fills in `constructMs`. */
export interface BenchJob {
  readonly build: Builder;
  readonly pairs: number;
  constructMs?: number;
}

/** The name of pair `i`: `goproxy-<i>`. */
export function pairName(i: number): string {
  return `goproxy-${i}`;
}

/** The builder of a variant, with its modules loaded. */
export async function loadBuilder(variant: Variant): Promise<Builder> {
  switch (variant) {
    case 'sdk':
    case 'sdk-cdk8s':
      return sdkBuilder();
    case 'sdk-off':
      return sdkOffBuilder();
    case 'plus':
    case 'plus-fast':
      return plusBuilder();
    case 'raw':
    case 'raw-fast':
      return rawBuilder();
    default:
      throw new Error(`unknown variant "${variant as string}"`);
  }
}

// ---------------------------------------------------------------------------------------------
// (a) the SDK
// ---------------------------------------------------------------------------------------------

async function sdkBuilder(): Promise<Builder> {
  const { ManifestValidation, ProbedService } = await loadSdk();
  return (chart, n) => {
    // whole-app validation, as the README's one line switches it on
    ManifestValidation.enable(chart);
    for (let i = 0; i < n; i++) new ProbedService(chart, pairName(i), { name: pairName(i) });
  };
}

async function sdkOffBuilder(): Promise<Builder> {
  const { ProbedService } = await loadSdk();
  return (chart, n) => {
    // the constructs validate what they build; the whole app is not validated
    for (let i = 0; i < n; i++) new ProbedService(chart, pairName(i), { name: pairName(i) });
  };
}

/** How `sdk-off` turns validation off: whole-app validation is not switched on. */
export const validationOffVia = 'ManifestValidation not enabled';

// ---------------------------------------------------------------------------------------------
// (b) cdk8s-plus-27, by hand, as close to the SDK's YAML as its API allows
// ---------------------------------------------------------------------------------------------

async function plusBuilder(): Promise<Builder> {
  const kplus = await import('cdk8s-plus-27');
  return (chart, n) => {
    for (let i = 0; i < n; i++) {
      const name = pairName(i);
      const deployment = new kplus.Deployment(chart, name, {
        metadata: { name, labels: { app: name } },
        replicas: 1,
        // the SDK selects on app=<name>, not on cdk8s-plus' generated address label
        select: false,
        podMetadata: { labels: { app: name } },
        automountServiceAccountToken: false,
        securityContext: { ensureNonRoot: true },
        containers: [
          {
            name,
            image: IMAGE,
            // `ports`, not `portNumber`: `portNumber` would add a TCP startup probe
            ports: [{ number: PORT }],
            readiness: kplus.Probe.fromTcpSocket({ port: PORT, initialDelaySeconds: Duration.seconds(5), periodSeconds: Duration.seconds(10) }),
            liveness: kplus.Probe.fromTcpSocket({ port: PORT, initialDelaySeconds: Duration.seconds(15), periodSeconds: Duration.seconds(20) }),
            resources: {
              cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
              memory: { request: Size.mebibytes(64), limit: Size.mebibytes(128) },
            },
            securityContext: {
              ensureNonRoot: true,
              user: 65534,
              group: 65534,
              readOnlyRootFilesystem: true,
              allowPrivilegeEscalation: false,
              // the Capability enum has no ALL (its values are CAP_*): a cast
              capabilities: { drop: ['ALL' as Capability] },
            },
          },
        ],
      });
      deployment.select(kplus.LabelSelector.of({ labels: { app: name } }));
      const service = deployment.exposeViaService({
        name,
        serviceType: kplus.ServiceType.CLUSTER_IP,
        ports: [{ port: PORT, targetPort: PORT, protocol: kplus.Protocol.TCP }],
      });
      service.metadata.addLabel('app', name);
      // cdk8s-plus-27 has no seccompProfile: the documented escape hatch
      ApiObject.of(deployment).addJsonPatch(JsonPatch.add('/spec/template/spec/securityContext/seccompProfile', { type: 'RuntimeDefault' }));
    }
  };
}

// ---------------------------------------------------------------------------------------------
// (c) raw L1, the SDK's exact output
// ---------------------------------------------------------------------------------------------

async function rawBuilder(): Promise<Builder> {
  const { k8s } = await compiled<typeof import('../../imports/k8s')>('imports/k8s', () => import('../../imports/k8s'));
  return (chart, n) => {
    for (let i = 0; i < n; i++) {
      const name = pairName(i);
      const labels = { app: name };
      const probe = (initialDelaySeconds: number, periodSeconds: number) => ({
        initialDelaySeconds,
        periodSeconds,
        tcpSocket: { port: k8s.IntOrString.fromNumber(PORT) },
      });
      new k8s.KubeDeployment(chart, `${name}-deployment`, {
        metadata: { name, labels },
        spec: {
          replicas: 1,
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: {
              automountServiceAccountToken: false,
              containers: [
                {
                  name,
                  image: IMAGE,
                  ports: [{ containerPort: PORT }],
                  readinessProbe: probe(5, 10),
                  livenessProbe: probe(15, 20),
                  resources: {
                    requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('64Mi') },
                    limits: { cpu: k8s.Quantity.fromString('500m'), memory: k8s.Quantity.fromString('128Mi') },
                  },
                  securityContext: {
                    allowPrivilegeEscalation: false,
                    capabilities: { drop: ['ALL'] },
                    readOnlyRootFilesystem: true,
                    runAsGroup: 65534,
                    runAsNonRoot: true,
                    runAsUser: 65534,
                  },
                },
              ],
              securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            },
          },
        },
      });
      new k8s.KubeService(chart, `${name}-service`, {
        metadata: { name, labels },
        spec: {
          type: 'ClusterIP',
          selector: labels,
          ports: [{ port: PORT, targetPort: k8s.IntOrString.fromNumber(PORT), protocol: 'TCP' }],
        },
      });
    }
  };
}
