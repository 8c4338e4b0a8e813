export { siteSchema, type Site } from './site.ts';
export { areaSchema, areasFileSchema, type Area } from './area.ts';
export { organisationSchema, type Organisation } from './organisation.ts';
export { guideSchema, type Guide } from './guide.ts';
export { caseStudySchema, type CaseStudy } from './case-study.ts';
export { serviceSchema, type Service, type ServiceLocation, type OpeningHours, type Cost } from './service.ts';
export { courseSchema, type Course } from './course.ts';
export { moduleSchema, lessonSchema, quizQuestionSchema, type TrainingModule, type Lesson, type QuizQuestion } from './module.ts';
export {
  triageQuestionSchema,
  triageNeedSchema,
  triageBarrierSchema,
  triageNeedsFileSchema,
  triageBarriersFileSchema,
  type TriageQuestion,
  type TriageNeed,
  type TriageBarrier,
} from './triage.ts';
export { datasetMetaSchema, type DatasetMeta, type DatasetColumn } from './dataset.ts';
export { reportSchema, type Report } from './report.ts';
export { charterSchema, pledgeSchema, pledgesFileSchema, signatorySchema, type Charter, type Pledge, type Signatory } from './charter.ts';
export { searchWordsSchema, type SearchWords } from './search-words.ts';
export { nationalHelpSchema, nationalHelpFileSchema, type NationalHelp } from './national-help.ts';
