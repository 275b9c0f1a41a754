/** 100 aliases of a nested list query: cheap to send, costly to answer without a complexity budget (issue 11, row 4). */
export function aliasBomb(aliases = 100): string {
  const one = (i: number) => `a${i}: topics { researchArticles { topics { guides { title } } } }`;
  return `{ ${Array.from({ length: aliases }, (_, i) => one(i)).join(' ')} }`;
}

/** A refusal by the complexity budget: HTTP 400 with an error whose message or code says so. */
export function isComplexityError(status: number, body: string): boolean {
  return status === 400 && /complex/i.test(body);
}
