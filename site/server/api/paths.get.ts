import { LocaleParamsSchema } from '../graphql/common';

/** GET /api/paths?locale=sv — every learning path with the reader's progress; "My learning" keeps the started ones. */
export default defineEventHandler(async (event) => {
  const { locale } = readQuery(event, LocaleParamsSchema);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  return (await loadPaths(locale)).map((path) => {
    const { steps, progress, ...rest } = withProgress(path, event);
    return { ...rest, stepCount: steps.length, progress };
  });
});
