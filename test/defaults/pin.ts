/** One `@default` tag of the public API and the check that the code does what it says. */
export interface Pin {
  /** The text of the `@default` tag, exactly as in the TSDoc. */
  readonly doc: string;
  /** Builds without the prop and asserts the output shows the default. */
  readonly check: () => void | Promise<void>;
}
