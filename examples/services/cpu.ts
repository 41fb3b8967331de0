/**
 * CPU quantities for container resources. The library takes cdk8s-plus-27's `Cpu` there and does
 * not export one of its own; this app uses no cdk8s-plus-27, so it writes the one member `Cpu` has.
 */

/** A CPU quantity, as `ContainerResources.cpu` takes it. */
export interface CpuQuantity {
  readonly amount: string;
}

export const cpu = {
  /** Thousandths of a core: `cpu.millis(250)` is `250m`. */
  millis: (amount: number): CpuQuantity => ({ amount: `${amount}m` }),
  /** Whole cores (or fractions of one): `cpu.units(2)` is `2`. */
  units: (amount: number): CpuQuantity => ({ amount: `${amount}` }),
};
