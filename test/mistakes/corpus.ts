/**
 * What the files of the corpus of mistakes share: the shape of a run-time mistake, the areas, and
 * the values every mistake and twin start from.
 *
 * - `compile-<area>.ts`: mistakes the compiler rejects. Each is a line in `mistakes()` preceded by
 *   `// <ID> <area>: <what the user meant>` and `// @ts-expect-error: <fragment of the message>`;
 *   its correct twin is built in `twins()`, after a `// <ID>` line.
 * - `run-time-<area>.ts`: mistakes no type can bound (values, names across objects) and options of
 *   JavaScript callers: each must throw a `ValidationError` when built, or fail the synthesis of
 *   the app, before any YAML is written; its twin builds and synthesizes.
 *
 * A mistake that does not have its outcome yet is marked `// GAP: <what happens now>`, and its id
 * is listed in `KNOWN_GAPS` of test/mistakes.test.ts. In a compile file, a GAP that compiles today
 * has the directive `// expect-error: <fragment>` (a `@ts-expect-error` would not compile); one that
 * fails today with a misleading message keeps `// @ts-expect-error: <fragment of the message it should have>`.
 */
import { Chart } from 'cdk8s';
import { Container, Deployment, DeploymentProps } from '../../lib';

/** The areas of the API that the mistakes are about. */
export const AREAS = ['probes', 'ports', 'containers', 'workloads', 'services', 'volumes', 'env', 'config', 'metadata'] as const;

/** An area of the API. */
export type Area = (typeof AREAS)[number];

/** A mistake that only a value can show: it fails when the app is built or synthesized. */
export interface RunTimeMistake {
  /** Unique in the corpus: `<AREA>-R<nn>`. */
  readonly id: string;
  /** The area of the API. */
  readonly area: Area;
  /** What the user meant, and what they wrote. */
  readonly what: string;
  /** Builds the mistake in `chart`: it must throw a `ValidationError`, or make the synthesis of the app fail. */
  readonly build: (chart: Chart) => void;
  /** A fragment of the error's message, with the rule id in brackets where there is one. */
  readonly error: string;
  /** Builds the correct form in `chart`: it synthesizes, and passes the `restricted` policy without a warning. */
  readonly twin: (chart: Chart) => void;
}

/**
 * A value as a JavaScript caller passes it, or as it comes from JSON or YAML: the compiler does not
 * see its type (`any`), so only the run-time checks stand between it and the YAML.
 */
export function fromJavaScript(value: unknown): any {
  return value;
}

/** An image of the app, pinned. */
export const IMAGE = 'ghcr.io/example/shop-api:1.4.2';

/** The image of the tutorial's probe examples. */
export const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.40';

/** A Deployment `name` of a container (or several), as most mistakes and twins need one. */
export function serve<N extends string>(
  chart: Chart,
  name: string,
  containers: Container<N> | readonly Container<N>[],
  props: Omit<Partial<DeploymentProps<N>>, 'containers'> = {},
): Deployment<N> {
  return new Deployment<N>(chart, name, { name, containers: Array.isArray(containers) ? containers : [containers], ...props });
}
