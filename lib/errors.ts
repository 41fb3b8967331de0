/**
 * The error the SDK throws for a value that breaks a Kubernetes rule.
 */

/**
 * Thrown by builders and constructs for a value that breaks a rule. The message names
 * where (the builder or the construct path), the field, the value and the rule:
 * `[chart/GoTest] Container 'go-test': 'ports[0].number' (0) is invalid: must be between 1 and 65535, inclusive`.
 */
export class ValidationError extends Error {
  public constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'ValidationError';
  }
}
