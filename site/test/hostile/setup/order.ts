import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The hostile files in a fixed order: the memory flood first, on a fresh site; the form-body caps before anything
 * spends the needs check's rate limit; the fuzz last, since on an unfixed stack it leaves the CMS loaded and bloated.
 */
const ORDER = ['memory', 'cost', 'bodies', 'drafts', 'accounts', 'headers', 'uploads', 'fuzz'];

function rank(spec: TestSpecification): number {
  const index = ORDER.findIndex((name) => spec.moduleId.endsWith(`/test/hostile/${name}.test.ts`));
  return index === -1 ? ORDER.length : index;
}

const isHostile = (spec: TestSpecification) => spec.project.name === 'site-hostile';

/** Vitest's own order for every other project (a sequencer is a root option), the fixed one for site-hostile. */
export class HostileOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const hostile = sorted.filter(isHostile).sort((a, b) => rank(a) - rank(b));
    let next = 0;
    return sorted.map((spec) => (isHostile(spec) ? (hostile[next++] ?? spec) : spec));
  }
}
