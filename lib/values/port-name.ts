/**
 * Port names at compile time: the checks a port name written as a string literal gets from the
 * compiler, and the brand that carries the names a container declares (or a probe needs) in its type.
 *
 * @packageDocumentation
 */

/**
 * Compile-time check of a port name written as a string literal.
 *
 * Resolves to the name itself when it may be a port name, and to an explanatory
 * string literal otherwise, so that the compiler's error reads as the rule:
 * `Type '"8080"' is not assignable to type 'number | "error: ..."'`.
 * The full IANA_SVC_NAME rule (at most 15 characters, no `--`, …) is checked at run time.
 */
export type PortName<P extends string> = string extends P
  ? string
  : P extends ''
    ? 'error: a port name cannot be empty'
    : P extends `${number}`
      ? 'error: write a port number as a number (8080), not as a string'
      : P extends `${string}:${string}`
        ? 'error: a port name cannot contain a colon; write a port number as a number (port: 8080)'
        : P extends `${string}${' ' | '_' | '.' | '/'}${string}`
          ? "error: a port name may only contain a-z, 0-9 and '-'"
          : P extends Lowercase<P>
            ? P
            : 'error: a port name must be lowercase';

/**
 * The port names that a literal `P` declares: none (`never`) when `P` was not inferred as a literal,
 * or when it is not a port name (`'8080'`): the compiler's error is then the one of {@link PortName}
 * at the port itself, not a mismatch of the probe's type with the container's.
 */
export type PortNamesOf<P extends string> = string extends P ? never : PortName<P> extends P ? P : never;

/**
 * The key of the brand that carries port names in a type: a container's `[PORT_NAMES]` is the union
 * of the port names it declares, a probe's the name it refers to. The brand exists for the compiler
 * only and is never set at run time; a container accepts a probe only when the probe's names are
 * among its own.
 */
export const PORT_NAMES: unique symbol = Symbol('cdk8s-pod-patterns.portNames');

/**
 * A name of a port that pods declare, where `N` are the names: what a Service's `targetPort` may
 * say besides a number. When the pods declare no named port, the compiler's error says so:
 * `Type '"http"' is not assignable to type 'number | "error: the selected pods declare no named port; target a port number"'`.
 */
export type DeclaredPortName<N extends string> = [N] extends [never] ? 'error: the selected pods declare no named port; target a port number' : PortName<N>;
