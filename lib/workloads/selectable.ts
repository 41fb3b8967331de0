/**
 * What a Service or a disruption budget needs of the pods it selects: their labels, their
 * namespace, and the ports their containers declare (named ports in the type, for the compiler).
 *
 * @packageDocumentation
 */
import { DeclaredPort } from '../containers/container';
import { PORT_NAMES } from '../values/port-name';

/** Pods that a Service or a disruption budget can select: a workload of this library, or a Pod. */
export interface Selectable<N extends string = string> {
  /** The kind of the object that runs the pods (`Deployment`, `Pod`, ...), for messages. */
  readonly kind: string;
  /** Its name. */
  readonly name: string;
  /** Its namespace, when it sets one. */
  readonly namespace?: string;
  /** The labels that select exactly its pods. */
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** The ports the pods' containers declare. */
  readonly ports: readonly DeclaredPort[];
  /**
   * How many pods it runs, when its kind says (a Deployment's or StatefulSet's replicas); a
   * disruption budget that keeps them all available is an error.
   */
  readonly replicas?: number;
  /** The port names the pods' containers declare, for the compiler only (see {@link PORT_NAMES}): a class declares it (`declare readonly [PORT_NAMES]: N`) and never sets it. */
  readonly [PORT_NAMES]: N;
}
