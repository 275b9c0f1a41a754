import type { Level } from '../vocabulary.ts';

/**
 * A document's level as a sort key (`levelOrder`): beginners' content 0, intermediate content and content
 * without a level 1, advanced content 2. The search sorts by it only to break ties between equally good
 * matches (query/params.ts): a reader who asks in everyday words is most often starting out, and a more
 * advanced text tends to name the basics in passing ("ditt bokföringsprogram" as a data source in the
 * spreadsheet module) where the beginner's text is about them.
 */
export function levelOrder(level: Level | null): number {
  if (level === 'beginner') return 0;
  return level === 'advanced' ? 2 : 1;
}
