/** Ajv set up for the published Open Referral UK JSON Schemas (copied into tests/fixtures/openreferral/). */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Ajv with the ORUK schemas. They declare no dialect; ORUK's OpenAPI file says JSON Schema
 * 2020-12. Their own annotation keywords (from the Frictionless data package) are declared, so
 * Ajv's strict mode still catches anything else.
 */
export function orukAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'example', 'core', 'tabular_required']);
  return ajv;
}

/** The `Page` object from ORUK's OpenAPI file (components.schemas.Page), with `contents` items as the UK profile's service_list. */
export const pageSchema = (itemSchema: object) => ({
  type: 'object',
  required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  properties: {
    total_items: { type: 'integer' },
    total_pages: { type: 'integer' },
    page_number: { type: 'integer' },
    size: { type: 'integer' },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array', items: itemSchema },
  },
});
