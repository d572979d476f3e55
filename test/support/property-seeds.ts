/**
 * Seeds for fast-check properties: a fixed one (every run checks the same cases, so CI is
 * repeatable) and a fresh one, printed so that a failure it finds can be replayed with
 * PROPERTY_SEED=<seed>.
 */
const FIXED_SEED = 20261201;

export interface PropertySeed {
  name: string;
  seed: number;
}

export function propertySeeds(): PropertySeed[] {
  const fresh = Number(process.env.PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
  process.stdout.write(`property seed: ${fresh} (replay with PROPERTY_SEED=${fresh})\n`);
  return [
    { name: `fixed seed ${FIXED_SEED}`, seed: FIXED_SEED },
    { name: `fresh seed ${fresh}`, seed: fresh },
  ];
}
