// The throw-away database lives with the launcher (scripts/src/lib), which the benchmarks use too.
export { createTestDatabase } from '../../../scripts/src/lib/throwaway-database.ts';
