import type { Schema, Struct } from '@strapi/strapi';

export interface ContentTakeaway extends Struct.ComponentSchema {
  collectionName: 'components_content_takeaway';
  info: {
    description: 'A concrete "try this" action for a firm owner';
    displayName: 'Takeaway';
  };
  attributes: {
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface LearningGuideStep extends Struct.ComponentSchema {
  collectionName: 'components_learning_guide_step';
  info: {
    description: '';
    displayName: 'Guide step';
  };
  attributes: {
    body: Schema.Attribute.Blocks;
    minutes: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 600;
          min: 1;
        },
        number
      >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface LearningObjective extends Struct.ComponentSchema {
  collectionName: 'components_learning_objective';
  info: {
    description: '';
    displayName: 'Learning objective';
  };
  attributes: {
    text: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface LearningPathStep extends Struct.ComponentSchema {
  collectionName: 'components_learning_path_step';
  info: {
    description: 'Points to exactly one article, guide or course module';
    displayName: 'Path step';
  };
  attributes: {
    article: Schema.Attribute.Relation<
      'oneToOne',
      'api::research-article.research-article'
    >;
    guide: Schema.Attribute.Relation<'oneToOne', 'api::guide.guide'>;
    module: Schema.Attribute.Relation<
      'oneToOne',
      'api::course-module.course-module'
    >;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface NeedsOption extends Struct.ComponentSchema {
  collectionName: 'components_needs_option';
  info: {
    description: 'One answer to a needs-check question: its key, points or vocabulary value, and the topics it signals';
    displayName: 'Needs option';
  };
  attributes: {
    key: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    level: Schema.Attribute.Enumeration<
      ['beginner', 'intermediate', 'advanced']
    >;
    score: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    topics: Schema.Attribute.Relation<'oneToMany', 'api::topic.topic'>;
    value: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
  };
}

export interface ResearchOriginalStudy extends Struct.ComponentSchema {
  collectionName: 'components_research_original_studies';
  info: {
    description: 'The study a research article summarises: who did it, where it was published and where to read it';
    displayName: 'Original study';
  };
  attributes: {
    authors: Schema.Attribute.Component<'research.study-author', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    doi: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    openAccess: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<false>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    venue: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1900;
        },
        number
      >;
  };
}

export interface ResearchStudyAuthor extends Struct.ComponentSchema {
  collectionName: 'components_research_study_authors';
  info: {
    description: 'One author of the original study, as the publication names them (a person or an organisation)';
    displayName: 'Study author';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
        minLength: 1;
      }>;
  };
}

export interface SectionsChecklist extends Struct.ComponentSchema {
  collectionName: 'components_sections_checklist';
  info: {
    description: '';
    displayName: 'Checklist';
  };
  attributes: {
    items: Schema.Attribute.Component<'sections.checklist-item', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 30;
          min: 1;
        },
        number
      >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface SectionsChecklistItem extends Struct.ComponentSchema {
  collectionName: 'components_sections_checklist_item';
  info: {
    description: '';
    displayName: 'Checklist item';
  };
  attributes: {
    text: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface SectionsExercise extends Struct.ComponentSchema {
  collectionName: 'components_sections_exercise';
  info: {
    description: '';
    displayName: 'Exercise';
  };
  attributes: {
    instructions: Schema.Attribute.Blocks & Schema.Attribute.Required;
    minutes: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 600;
          min: 1;
        },
        number
      >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface SectionsKnowledgeCheck extends Struct.ComponentSchema {
  collectionName: 'components_sections_knowledge_check';
  info: {
    description: 'A question with one correct option';
    displayName: 'Knowledge check';
  };
  attributes: {
    explanation: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    options: Schema.Attribute.Component<'sections.quiz-option', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 6;
          min: 2;
        },
        number
      >;
    question: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SectionsQuizOption extends Struct.ComponentSchema {
  collectionName: 'components_sections_quiz_option';
  info: {
    description: '';
    displayName: 'Quiz option';
  };
  attributes: {
    correct: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<false>;
    text: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface SectionsText extends Struct.ComponentSchema {
  collectionName: 'components_sections_text';
  info: {
    description: '';
    displayName: 'Text';
  };
  attributes: {
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface SectionsVideo extends Struct.ComponentSchema {
  collectionName: 'components_sections_video';
  info: {
    description: '';
    displayName: 'Video link';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    minutes: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 600;
          min: 1;
        },
        number
      >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedIndustry extends Struct.ComponentSchema {
  collectionName: 'components_shared_industry';
  info: {
    description: '';
    displayName: 'Industry';
  };
  attributes: {
    industry: Schema.Attribute.Enumeration<
      [
        'tourism',
        'crafts_design',
        'food',
        'agriculture_forestry',
        'retail',
        'construction',
        'services',
        'creative',
      ]
    > &
      Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'content.takeaway': ContentTakeaway;
      'learning.guide-step': LearningGuideStep;
      'learning.objective': LearningObjective;
      'learning.path-step': LearningPathStep;
      'needs.option': NeedsOption;
      'research.original-study': ResearchOriginalStudy;
      'research.study-author': ResearchStudyAuthor;
      'sections.checklist': SectionsChecklist;
      'sections.checklist-item': SectionsChecklistItem;
      'sections.exercise': SectionsExercise;
      'sections.knowledge-check': SectionsKnowledgeCheck;
      'sections.quiz-option': SectionsQuizOption;
      'sections.text': SectionsText;
      'sections.video': SectionsVideo;
      'shared.industry': SharedIndustry;
    }
  }
}
