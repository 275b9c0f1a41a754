/** The document attributes morphology adds (see index.ts), in ranking order: a part outranks a stem. */
export const MORPHOLOGY_ATTRIBUTES = ['compoundParts', 'stems'] as const;
