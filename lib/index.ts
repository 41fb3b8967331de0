/**
 * Typed Kubernetes pods, probes and services for cdk8s.
 *
 * The constructs and builders, and everything of `cdk8s-pod-patterns/check` (the rules engine,
 * which loads no cdk8s module of its own).
 *
 * @packageDocumentation
 */
export * from './check';
export { PORT_NAMES, PortName, PortNamesOf, DeclaredPortName } from './values/port-name';
export { DnsLabelName } from './values/dns-label';
export { JsonObject } from './values/json';
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
} from './probes/options';
export {
  ProbeTimingSpellings,
  HttpGetSpellings,
  HttpGetHandlerSpelling,
  ExecHandlerSpelling,
  TcpSocketHandlerSpelling,
  GrpcHandlerSpelling,
  ProbeSpelling,
  HookSpelling,
} from './probes/spellings';
export { Probe } from './probes/probe';
export { ProbeJson, HandlerJson, ExecJson, HttpGetJson, TcpSocketJson, GrpcJson, NameValueJson } from './probes/json';
export { LivenessProbe } from './probes/liveness';
export { ReadinessProbe } from './probes/readiness';
export { StartupProbe } from './probes/startup';
export { Protocol, ContainerPortSpec, HostPort, HostPortOptions } from './containers/port';
export { EnvValue, EnvFrom, EnvFromOptions, KeyRefOptions, ResourceRefOptions, PodField, ContainerResource, EnvVarSourceJson } from './containers/env';
export {
  Volume,
  VolumeClaimTemplate,
  VolumeMount,
  Mountable,
  ProjectedSource,
  KeyVolumeOptions,
  EmptyDirOptions,
  ClaimVolumeOptions,
  HostPathOptions,
  HostPathType,
  VolumeJson,
  VolumeClaimTemplateJson,
} from './containers/volume';
export { Exemption, Capability, AddCapabilities, ContainerExemptions } from './containers/exemptions';
export { LifecycleHandler, Lifecycle } from './probes/lifecycle';
export { DATA_KEYS, ConfigMapRef, SecretRef, ClaimRef, ServiceAccountRef, KeysOf } from './config/refs';
export { ConfigMapProps, ConfigMap } from './config/config-map';
export { SecretType, SecretProps, Secret } from './config/secret';
export { AccessMode, ClaimOptions, PersistentVolumeClaimProps, PersistentVolumeClaim } from './config/claim';
export { ServiceAccountProps, ServiceAccount } from './config/service-account';
export { ImagePullPolicy, ResourceRange, ContainerResources, ContainerUser, ContainerProps } from './containers/props';
export { ContainerSpellings, ContainerPortSpellings, ContainerResourcesSpellings } from './containers/spellings';
export { DeclaredPort, ContainerParts, ContainerJsonParts, Container } from './containers/container';
export {
  ContainerJson,
  ContainerPortJson,
  CpuMemoryJson,
  ResourcesJson,
  CapabilitiesJson,
  SecurityContextJson,
  VolumeMountJson,
  EnvVarJson,
  SeccompProfileJson,
  LifecycleJson,
} from './containers/json';
export { MetadataOptions } from './objects/metadata';
export { MetadataSpellings } from './objects/spellings';
export { RestartPolicy, PodProps, Pod } from './workloads/pod';
export { PodExemptions, PodTemplateOptions } from './workloads/pod-template';
export { TaintEffect, TolerationOptions, Toleration } from './workloads/scheduling';
export { Selectable } from './workloads/selectable';
export { WorkloadProps, Workload } from './workloads/workload';
export { PodTemplateSpellings, WorkloadSpellings, MinReadySpellings, DeploymentSpellings, JobSpellings, CronJobSpellings } from './workloads/spellings';
export { IntOrPercent, RollingUpdateOptions, DeploymentStrategy, DeploymentProps, Deployment } from './workloads/deployment';
export { ServiceType, ServicePortSpec, ServiceProps, Service } from './services/service';
export { ServiceSpellings } from './services/spellings';
export {
  StatefulSetRollingUpdateOptions,
  StatefulSetUpdateStrategy,
  ClaimRetention,
  ClaimRetentionPolicy,
  PodManagementPolicy,
  StatefulSetServicePort,
  GoverningService,
  StatefulSetProps,
  StatefulSet,
} from './workloads/stateful-set';
export { DaemonSetRollingUpdateOptions, DaemonSetUpdateStrategy, DaemonSetProps, DaemonSet } from './workloads/daemon-set';
export { JobRestartPolicy, CompletionMode, JobOptions, JobProps, Job } from './workloads/job';
export { ConcurrencyPolicy, CronJobProps, CronJob } from './workloads/cron-job';
export { UnhealthyPodEvictionPolicy, PodDisruptionBudgetProps, PodDisruptionBudget } from './services/disruption-budget';
export { AgnhostServerOptions } from './patterns/agnhost';
export { GoTestPodProps, GoTestPod } from './patterns/go-test-pod';
export { LivenessExecPodProps, LivenessExecPod } from './patterns/liveness-exec-pod';
export { LivenessHttpPodProps, LivenessHttpPod } from './patterns/liveness-http-pod';
export { ProbedServiceProps, ProbedService } from './patterns/probed-service';
export { StartupProbePodProps, StartupProbePod } from './patterns/startup-probe-pod';
export { MultiContainerPodProps, MultiContainerPod } from './patterns/multi-container-pod';
export { ValidationError } from './engine/validation-error';
export { TypedProbes, applyTypedProbes } from './kplus/typed-probes';
export { KplusPods } from './kplus/kplus-pods';
export { WarningMode, ManifestValidationOptions, ManifestValidation } from './app-validation/manifest-validation';
export { PolicyValidationProps, PluginContext, PolicyValidation } from './app-validation/validation-plugin';
export { SynthesizeOptions, SynthesizeResult, SynthError, synthesize } from './synth/synthesize';
export { ConvertOptions, ConvertedFile, ConvertResult, ConvertSource, ConvertInputError, convertManifests } from './convert/convert';
export { ConvertNote, ConvertReport } from './convert/model';
export { formatReport } from './convert/report';
