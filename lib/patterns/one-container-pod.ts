/**
 * What the one-container tutorial pods share: a Pod of the one container they build from their
 * props, under their own name and labels unless the props give others.
 */
import { Construct } from 'constructs';
import { Container } from '../containers/container';
import { BuilderName } from '../engine/options/check-options';
import { checkConstructArguments } from '../objects/construct-arguments';
import { MetadataOptions } from '../objects/metadata';
import { withinConstruct } from '../objects/own-validation';
import { PodProps } from '../workloads/pod';

/** The props of a one-container tutorial pod that go to the pod itself. */
export interface OneContainerPodOptions extends MetadataOptions {
  /** The pod's name, when not the construct's own. */
  readonly name?: string;
}

/** A tutorial pod's own name and labels. */
export interface OneContainerPodDefaults {
  /** The pod's name when the props give none. */
  readonly name: string;
  /** Labels the pod carries, which the props' labels may override. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * The props of a Pod, `scope`/`id`, running the container `build` makes: the metadata of `props`
 * over the pod's `defaults`. The props are checked first against the schema of the constructor of
 * `builder` (the tutorial pod); an error of `build` names that construct.
 */
export function oneContainerPod<N extends string>(
  builder: BuilderName,
  scope: Construct,
  id: string,
  props: OneContainerPodOptions,
  defaults: OneContainerPodDefaults,
  build: () => Container<N>,
): PodProps<N> {
  checkConstructArguments(builder, scope, id, props);
  return {
    annotations: props.annotations,
    namespace: props.namespace,
    name: props.name ?? defaults.name,
    labels: { ...defaults.labels, ...props.labels },
    containers: [withinConstruct(scope, id, build)],
  };
}
