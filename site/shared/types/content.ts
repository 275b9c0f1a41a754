import type { BlockNode } from '../schemas/blocks';
import type { SiteLocale } from './locale';

export type ContentKind = 'research-article' | 'guide' | 'course-module' | 'learning-path';

/** A link to one item with what a list shows about it. `url` is the site path, resolved on the server. */
export interface ItemRef {
  type: ContentKind;
  documentId: string;
  title: string;
  summary: string | null;
  url: string;
  minutes: number | null;
}

export interface Link {
  name: string;
  url: string;
}

/** The URL of the same page in each language; null where that language has no published translation. */
export type Alternates = Record<SiteLocale, string | null>;

/** One section of a course module, as the page renders it. */
export type ModuleSection =
  | { kind: 'text'; id: string; title: string | null; body: BlockNode[] }
  | { kind: 'video'; id: string; title: string; url: string | null; minutes: number | null; description: string | null }
  | { kind: 'exercise'; id: string; title: string; minutes: number | null; body: BlockNode[] }
  | { kind: 'checklist'; id: string; title: string; items: string[] }
  | { kind: 'quiz'; id: string; question: string; explanation: string | null; options: { text: string; correct: boolean }[] };

/** A step of a learning path with this reader's progress. */
export interface PathStepView {
  item: ItemRef;
  note: string | null;
  done: boolean;
  /** The item's URL with the path context (`?path=<documentId>`). */
  url: string;
}
