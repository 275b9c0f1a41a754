/**
 * The shapes of the needs check, defined once. The CMS stores the check as content (needs-check, needs-question
 * with its options); the site and the CMS turn it into a CheckDefinition and hand it to the pure functions of this
 * library: validateSubmission → scoreAnswers → topNeeds → recommend, and anonymize for the coordinators' overview.
 */
import type { ContentType, Industry, Level, Locale } from '@kunskapsnavet/search/vocabulary';

/** The six dimensions of the EU Digital Maturity Assessment for SMEs, worded for a one-person firm. */
export const DIMENSIONS = ['strategy', 'tools', 'skills', 'data_security', 'automation_ai', 'sustainability'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** What a context question asks about; its options' `value` is one of the vocabulary below. */
export const CONTEXT_FIELDS = ['industry', 'size', 'municipality', 'goal'] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

export const SIZES = ['sole', '2_9', '10_49'] as const;
export type Size = (typeof SIZES)[number];

/** What the owner wants most. */
export const GOALS = ['new_customers', 'sell_online', 'save_admin_time', 'find_skills', 'collaborate'] as const;
export type Goal = (typeof GOALS)[number];

/** Plain-language band of a 0–100 dimension score. */
export const BANDS = ['starting', 'developing', 'established'] as const;
export type Band = (typeof BANDS)[number];

/** Smallest group the coordinators' overview shows or exports a figure for. */
export const K_ANONYMITY = 5;

export interface CheckOption {
  /** Stable across locales and edits: what a submission names ("never", "sometimes"…). */
  key: string;
  label: string;
  /** Maturity points of this answer, 0–100, for maturity questions; null for context questions. */
  score: number | null;
  /** For context questions: the vocabulary value (an Industry, Size, municipality slug or Goal). */
  value: string | null;
  /** Topic slugs this answer signals a need for (may be empty). */
  topics: string[];
  /** The level of content that fits a firm giving this answer; null = derive from the score. */
  level: Level | null;
}

export interface CheckQuestion {
  /** Stable across locales: the field name in a submission. */
  key: string;
  order: number;
  kind: 'maturity' | 'context';
  /** Set for maturity questions. */
  dimension: Dimension | null;
  /** Set for context questions. */
  context: ContextField | null;
  text: string;
  help: string | null;
  options: CheckOption[];
}

export interface CheckDefinition {
  documentId: string;
  locale: Locale;
  slug: string;
  title: string;
  intro: string;
  questions: CheckQuestion[];
}

/** A submission: question key → option key. */
export type Answers = Record<string, string>;

/** The context answers, as vocabulary values. */
export interface ResponseContext {
  industry: Industry | null;
  size: Size | null;
  /** Municipality slug (see MUNICIPALITIES). */
  municipality: string | null;
  goal: Goal | null;
}

export type Validation =
  | { ok: true; answers: Answers; context: ResponseContext }
  | { ok: false; message: string };

export interface DimensionScore {
  dimension: Dimension;
  /** 0–100, rounded; null when no maturity question of the dimension was answered. */
  score: number | null;
  band: Band | null;
}

export interface Need {
  dimension: Dimension;
  score: number;
  /** The answer that caused it most: shown as "because you said …". */
  because: { questionKey: string; optionKey: string };
  /** Topic slugs the need's answers signal, most relevant first. */
  topics: string[];
  level: Level;
}

/** A published item the recommender may choose. */
export interface CandidateItem {
  documentId: string;
  type: Exclude<ContentType, 'learning-path'>;
  title: string;
  url: string;
  level: Level;
  topics: string[];
  minutes: number | null;
}

export interface CandidatePath {
  documentId: string;
  title: string;
  url: string;
  level: Level;
  topics: string[];
  /** documentIds of the path's steps, in order. */
  steps: string[];
  totalMinutes: number | null;
}

export interface Catalogue {
  paths: CandidatePath[];
  items: CandidateItem[];
}

/** Why a step is in the plan: it answers this need through this topic (null: no need, the path goes deeper). */
export interface StepReason {
  dimension: Dimension | null;
  topic: string | null;
}

export type Recommendation =
  | {
      kind: 'curated';
      path: CandidatePath;
      /** 0–1: how much of the needs' weight the path's topics cover. */
      fit: number;
      /** One per step of the path, in order. */
      reasons: StepReason[];
      uncovered: Dimension[];
    }
  | {
      kind: 'assembled';
      /** Deterministic id of the plan (same needs and catalogue → same id); usable as a progress key. */
      id: string;
      steps: Array<{ item: CandidateItem; reason: StepReason }>;
      /** Needs for which no published content matched: they belong in the content backlog. */
      uncovered: Dimension[];
    };

/** One row of an aggregate before k-anonymity is applied. */
export interface GroupFigures {
  key: string;
  n: number;
  /** Share (0–1) of the group's responses that have the dimension among their top needs. */
  needShare: Record<Dimension, number>;
  /** Mean score per dimension. */
  meanScore: Record<Dimension, number | null>;
}

export interface AnonymizedGroups {
  k: number;
  /** Groups with n ≥ k and not secondarily suppressed. */
  shown: GroupFigures[];
  /** How many groups were withheld; their keys and figures are not returned. */
  hidden: number;
}
