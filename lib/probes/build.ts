/**
 * Builds a probe from its handler and options, and validates it: the builders' own rules (whole
 * seconds, the options of each kind, a startup budget) and the engine's probe rules on the probe's
 * JSON, as they run on manifests. Any error throws a {@link ValidationError} naming the factory.
 *
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { BuilderCheck } from '../engine/builder-check';
import { BuilderName, checkArguments } from '../engine/options/check-options';
import { checkProbeAlone, ProbeField } from '../engine/rules/pod/probes';
import { checkSchemaOf } from '../engine/validate';
import { withoutUndefined } from '../values/json';
import { minIntegerErrors } from '../values/numbers';
import { wholeSecondsErrors } from '../values/seconds';
import { exec, grpc, httpGet, tcpSocket } from './handlers';
import { HandlerJson, ProbeJson } from './json';
import { ExecHandlerOptions, GrpcHandlerOptions, HttpGetHandlerOptions, ProbeKind, ProbeTimingOptions, TcpSocketHandlerOptions } from './options';

/** The union of every option a probe kind may carry, as seen by the shared builder. */
export interface AnyProbeOptions extends ProbeTimingOptions {
  readonly failureThreshold?: number;
  readonly successThreshold?: number;
  readonly terminationGracePeriod?: Duration;
  readonly budget?: Duration;
}

const FIELDS: Readonly<Record<ProbeKind, ProbeField>> = { liveness: 'livenessProbe', readiness: 'readinessProbe', startup: 'startupProbe' };

const CLASSES: Readonly<Record<ProbeKind, string>> = { liveness: 'LivenessProbe', readiness: 'ReadinessProbe', startup: 'StartupProbe' };

/** The options of one handler, by handler. */
export interface HandlerOptions {
  readonly exec: ExecHandlerOptions;
  readonly httpGet: HttpGetHandlerOptions<string>;
  readonly tcpSocket: TcpSocketHandlerOptions<string>;
  readonly grpc: GrpcHandlerOptions;
}

/** What a factory such as `LivenessProbe.httpGet` does: builds, validates and returns the probe, or throws naming the factory. */
export function probeOf<H extends keyof HandlerOptions>(kind: ProbeKind, handler: H, options: HandlerOptions[H] & AnyProbeOptions): ProbeJson {
  // `LivenessProbe.exec`, ...: a builder of the schema
  const where = `${CLASSES[kind]}.${handler}` as BuilderName;
  // the options of the other kinds are this builder's to report, in its own words ("only for readiness probes")
  checkArguments(where, where, [options], { alsoKeysOf: ['LivenessProbeOptions', 'ReadinessProbeOptions', 'StartupProbeBudgetOptions'] });
  const check = new BuilderCheck();
  const o = options as HandlerOptions[keyof HandlerOptions] & AnyProbeOptions;
  const built =
    handler === 'exec'
      ? exec(o as ExecHandlerOptions)
      : handler === 'httpGet'
        ? httpGet(o as HttpGetHandlerOptions<string>, check)
        : handler === 'tcpSocket'
          ? tcpSocket(o as TcpSocketHandlerOptions<string>)
          : grpc(o as GrpcHandlerOptions);
  return buildProbe(kind, where, built, options, check);
}

/** A duration option as whole seconds, at least `min`, or a finding and `undefined`. */
export function seconds(check: BuilderCheck, field: string, value: Duration | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const errors = wholeSecondsErrors(value.toMilliseconds(), min);
  if (errors.length === 0) return value.toSeconds();
  check.r.invalidEach('sdk-whole-seconds', [field], value, errors);
  return undefined;
}

/** Validates the options and the handler and assembles the probe. */
export function buildProbe(kind: ProbeKind, where: string, handler: HandlerJson, options: AnyProbeOptions, check = new BuilderCheck()): ProbeJson {
  const r = check.r;
  // the types rule these out; JavaScript callers get the same rules at run time
  if (kind !== 'startup' && options.budget !== undefined) {
    r.invalid('sdk-probe-option', ['budget'], options.budget, 'is only for startup probes; use failureThreshold');
  }
  // reported here, in the builder's words, and left out of the probe so that the API rule does not repeat it
  const successThreshold = kind === 'readiness' ? options.successThreshold : undefined;
  if (kind !== 'readiness' && options.successThreshold !== undefined) {
    r.invalid('sdk-probe-option', ['successThreshold'], options.successThreshold, `is only for readiness probes; Kubernetes requires 1 for ${kind} probes`);
  }
  const gracePeriod = kind === 'readiness' ? undefined : options.terminationGracePeriod;
  if (kind === 'readiness' && options.terminationGracePeriod !== undefined) {
    r.invalid('sdk-probe-option', ['terminationGracePeriod'], options.terminationGracePeriod, 'is only for liveness and startup probes');
  }
  if (options.budget !== undefined && options.failureThreshold !== undefined) {
    r.invalid('sdk-probe-budget', ['failureThreshold'], options.failureThreshold, "must not be set together with 'budget'");
  }
  for (const [field, value] of [
    ['failureThreshold', options.failureThreshold],
    ['successThreshold', successThreshold],
  ] as const) {
    // 0 would be defaulted by the apiserver (to 3 or 1): a builder never writes it
    if (value !== undefined) r.invalidEach('sdk-probe-threshold', [field], value, minIntegerErrors(value, 1));
  }
  const periodSeconds = seconds(check, 'period', options.period, 1);
  let failureThreshold = options.failureThreshold;
  if (options.budget !== undefined) failureThreshold = budgetThreshold(check, options.budget, periodSeconds, options.period);
  const probe: ProbeJson = withoutUndefined({
    ...handler,
    initialDelaySeconds: seconds(check, 'initialDelay', options.initialDelay, 0),
    periodSeconds,
    timeoutSeconds: seconds(check, 'timeout', options.timeout, 1),
    failureThreshold,
    successThreshold,
    terminationGracePeriodSeconds: seconds(check, 'terminationGracePeriod', gracePeriod, 1),
  });
  checkSchemaOf(r, probe, 'Probe');
  checkProbeAlone(r, probe, FIELDS[kind]);
  // an exec command with spaces is the container's to report: it names the container and honours its exemption
  check.throwIfErrors(where, ['exec-command-words']);
  return probe;
}

/** `failureThreshold = budget / period`, when the budget is a whole number of periods. */
function budgetThreshold(check: BuilderCheck, budget: Duration, periodSeconds: number | undefined, period: Duration | undefined): number | undefined {
  const budgetSeconds = seconds(check, 'budget', budget, 1);
  if (budgetSeconds === undefined) return undefined;
  if (period === undefined) {
    check.r.invalid('sdk-probe-budget', ['budget'], budget, "needs a 'period' to divide it into probes");
    return undefined;
  }
  if (periodSeconds === undefined) return undefined;
  if (budgetSeconds % periodSeconds !== 0) {
    const below = budgetSeconds - (budgetSeconds % periodSeconds);
    const fits = below > 0 ? `${below} or ${below + periodSeconds} seconds` : `${periodSeconds} seconds`;
    check.r.invalid('sdk-probe-budget', ['budget'], budget, `must be a whole number of periods (${periodSeconds} seconds each); ${fits} would be`);
    return undefined;
  }
  return budgetSeconds / periodSeconds;
}
