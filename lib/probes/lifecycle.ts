/**
 * Lifecycle hooks: what the kubelet runs right after a container starts (`postStart`) and before
 * it stops it (`preStop`), with the handlers of the probe builders.
 *
 * @packageDocumentation
 */
import { BuilderCheck } from '../engine/builder-check';
import { checkArguments } from '../engine/options/check-options';
import { deepFreeze } from '../values/json';
import { PORT_NAMES, PortNamesOf } from '../values/port-name';
import { exec, httpGet } from './handlers';
import { HandlerJson } from './json';
import { ExecHandlerOptions, HttpGetHandlerOptions } from './options';
import { HookSpelling } from './spellings';

/**
 * A lifecycle hook's handler. A port given by name becomes part of its type, so that only a
 * container that declares the port accepts it.
 *
 * @example
 * lifecycle: { preStop: LifecycleHandler.exec({ command: ['/bin/sh', '-c', 'sleep 5'] }) }
 */
export class LifecycleHandler<P extends string = never> {
  /** Runs a command in the container (not in a shell). */
  public static exec(options: ExecHandlerOptions): LifecycleHandler {
    checkArguments('LifecycleHandler.exec', 'LifecycleHandler.exec', [options]);
    return new LifecycleHandler(exec(options));
  }

  /** Sends an HTTP GET request to the container. */
  public static httpGet<const P extends string = never>(options: HttpGetHandlerOptions<P>): LifecycleHandler<PortNamesOf<P>> {
    checkArguments('LifecycleHandler.httpGet', 'LifecycleHandler.httpGet', [options]);
    const check = new BuilderCheck();
    const handler = httpGet(options as unknown as HttpGetHandlerOptions<string>, check);
    check.throwIfErrors('LifecycleHandler.httpGet');
    return new LifecycleHandler(handler);
  }

  /** The port name the handler refers to, for the compiler only. Never set at run time. */
  declare public readonly [PORT_NAMES]?: P;

  private constructor(private readonly json: HandlerJson) {
    deepFreeze(json);
  }

  /** The handler, as a manifest writes it (frozen). */
  public toJson(): HandlerJson {
    return this.json;
  }
}

/** The hooks of a container; their named ports must be ports the container declares. */
export interface Lifecycle<N extends string> {
  /**
   * Runs right after the container starts; the container is not ready until it returns.
   *
   * @default - none
   */
  readonly postStart?: LifecycleHandler<N> | HookSpelling;
  /**
   * Runs before the container is stopped (a rollout, a scale-down, an eviction), within the pod's
   * termination grace period: e.g. a short sleep, so that endpoints drop the pod before it stops.
   *
   * @default - none
   */
  readonly preStop?: LifecycleHandler<N> | HookSpelling;
}
