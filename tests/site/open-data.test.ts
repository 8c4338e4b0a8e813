import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';
import { orukAjv, pageSchema } from '../support/oruk-schemas.ts';
import { parseCsv } from '../../src/lib/csv.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'openreferral');
const schema = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

for (const site of EVERY_BUILT_SITE)
  describe(`the built Open Referral UK files, ${site.name}`, () => {
    site.requireBuilt();
    const ajv = orukAjv();
    const validateService = ajv.compile(schema('service.schema.json'));
    const validatePage = ajv.compile(pageSchema(schema('service_list.schema.json')));
    const folder = join(site.dist, 'openreferral', 'services');
    const files = readdirSync(folder).filter((f) => /^[0-9a-f-]{36}\.json$/.test(f));

    it('has an API root naming the version and profile', () => {
      const root = JSON.parse(readFileSync(join(site.dist, 'openreferral', 'index.json'), 'utf8'));
      expect(root.version).toMatch(/3/);
      expect(root.profile).toMatch(/^https:\/\//);
    });

    it('serves every service at /services/{id}.json, each valid against the ORUK v3 service schema, with no null or empty fields', () => {
      const list = JSON.parse(readFileSync(join(site.dist, 'openreferral', 'services.json'), 'utf8'));
      expect(validatePage(list), JSON.stringify(validatePage.errors)).toBe(true);
      expect(files.length).toBe(list.total_items);
      for (const file of files) {
        const text = readFileSync(join(folder, file), 'utf8');
        const service = JSON.parse(text);
        expect(validateService(service), `${file}: ${JSON.stringify(validateService.errors)}`).toBe(true);
        expect(`${service.id}.json`).toBe(file);
        expect(text).not.toMatch(/:null\b|:""|:\[\]/);
      }
    });

    it('offers the same services as a CSV with one row each', () => {
      const rows = parseCsv(readFileSync(join(site.dist, 'open-data', 'services.csv'), 'utf8'));
      expect(rows.length - 1).toBe(files.length);
    });
  });
