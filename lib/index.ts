/**
 * Typed Kubernetes pods, probes and services for cdk8s.
 *
 * @packageDocumentation
 */
export { Protocol, PortName, ContainerPortSpec, HostPort, HostPortOptions } from './port';
export {
  HttpScheme,
  ProbeKind,
  ProbeTimingOptions,
  LivenessProbeOptions,
  ReadinessProbeOptions,
  StartupProbeOptions,
  StartupProbeThresholdOptions,
  StartupProbeBudgetOptions,
  ExecHandlerOptions,
  HttpGetHandlerOptions,
  TcpSocketHandlerOptions,
  GrpcHandlerOptions,
  Probe,
  LivenessProbe,
  ReadinessProbe,
  StartupProbe,
} from './probe';
export { ImagePullPolicy, ResourceRange, ContainerResources, ContainerUser, ContainerProps, DeclaredPort, Container } from './container';
export { MetadataOptions } from './metadata';
export { PodProps, Pod } from './pod';
export { GoTestPodProps, GoTestPod } from './go-test-pod';
export { LivenessExecPodProps, LivenessExecPod } from './liveness-exec-pod';
export { LivenessHttpPodProps, LivenessHttpPod } from './liveness-http-pod';
export { ProbedServiceProps, ProbedService } from './probed-service';
export { StartupProbePodProps, StartupProbePod } from './startup-probe-pod';
export { MultiContainerPodProps, MultiContainerPod } from './multi-container-pod';
export { ValidationError } from './errors';
export { TypedProbes, applyTypedProbes } from './kplus-probes';
export { Severity, FindingType, Finding, Segment, Path, formatFinding, formatValue } from './finding';
export { ValidateOptions, validateManifests } from './engine';
export { WarningMode, ManifestValidationOptions, ManifestValidation } from './manifest-validation';
export { YamlSource, LocatedFinding, CheckResult, CheckOptions, checkSources } from './check';
export { SynthesizeOptions, SynthesizeResult, SynthError, synthesize } from './synth';
export { PolicyProfile, PolicyCheck, POLICY_PROFILES, POLICY_CHECKS } from './policy';
export { PolicyValidationProps, PluginContext, PolicyValidation } from './validation-plugin';
