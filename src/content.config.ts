import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { datasetLoader } from './loaders/dataset-loader.ts';
import { singleYamlFile, yamlFolder, yamlListFile } from './loaders/yaml-file.ts';
import {
  areaSchema,
  caseStudySchema,
  charterSchema,
  courseSchema,
  datasetMetaSchema,
  guideSchema,
  lessonSchema,
  moduleSchema,
  organisationSchema,
  pledgeSchema,
  reportSchema,
  serviceSchema,
  signatorySchema,
  siteSchema,
  triageBarrierSchema,
  triageNeedSchema,
  triageQuestionSchema,
} from './schemas/index.ts';

/** Ids are file paths without their extension, as the content check names them. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');

export const collections = {
  site: defineCollection({ loader: singleYamlFile('content/site.yaml', 'site'), schema: siteSchema }),
  areas: defineCollection({ loader: yamlListFile('content/areas.yaml', 'id'), schema: areaSchema }),
  organisations: defineCollection({ loader: yamlFolder('content/organisations'), schema: organisationSchema }),
  guides: defineCollection({ loader: glob({ base: './content/guides', pattern: '*.mdx', generateId: byPath }), schema: guideSchema }),
  caseStudies: defineCollection({ loader: glob({ base: './content/case-studies', pattern: '*.md', generateId: byPath }), schema: caseStudySchema }),
  services: defineCollection({ loader: yamlFolder('content/services'), schema: serviceSchema }),
  courses: defineCollection({ loader: yamlFolder('content/courses'), schema: courseSchema }),
  modules: defineCollection({
    loader: glob({ base: './content/modules', pattern: '*/index.mdx', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: moduleSchema,
  }),
  lessons: defineCollection({ loader: glob({ base: './content/modules', pattern: ['*/*.mdx', '!*/index.mdx'], generateId: byPath }), schema: lessonSchema }),
  triageQuestions: defineCollection({ loader: yamlFolder('content/triage/questions'), schema: triageQuestionSchema }),
  triageNeeds: defineCollection({ loader: yamlListFile('content/triage/needs.yaml', 'need'), schema: triageNeedSchema }),
  triageBarriers: defineCollection({ loader: yamlListFile('content/triage/barriers.yaml', 'barrier'), schema: triageBarrierSchema }),
  datasets: defineCollection({
    loader: datasetLoader('content/datasets'),
    schema: z.strictObject({ meta: datasetMetaSchema, header: z.array(z.string()), rows: z.array(z.array(z.string())), csv: z.string() }),
  }),
  reports: defineCollection({ loader: yamlFolder('content/reports'), schema: reportSchema }),
  charter: defineCollection({ loader: glob({ base: './content/charter', pattern: 'charter.md', generateId: byPath }), schema: charterSchema }),
  pledges: defineCollection({ loader: yamlListFile('content/charter/pledges.yaml', 'id'), schema: pledgeSchema }),
  signatories: defineCollection({ loader: yamlFolder('content/charter/signatories'), schema: signatorySchema }),
};
