// Dreamkast's OpenAPI file (tests/catalog/data/dreamkast-api.swagger.yml, from
// cloudnativedaysjp/dreamkast schemas/swagger.yml) with its one known bug mended, for the mock:
// the Speaker and Talk object schemas carry an *array* as their example, so a mock built from the
// file as published answers a list of lists. Each object schema whose example is an array gets
// that array's first element as its example instead; the result is written as JSON (which Prism
// reads as well as YAML). The file as published stays the test of the bug's clear message.
// Usage: node fixed-spec.mjs NODE_MODULES_DIR IN.yml OUT.json
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [modules, input, output] = process.argv.slice(2);
// js-yaml comes with Prism (install-deps.sh installs both into the build folder).
const yaml = createRequire(join(modules, 'noop.js'))('js-yaml');
const spec = yaml.load(readFileSync(input, 'utf8'));
const mended = [];
for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
  if (schema.type === 'object' && Array.isArray(schema.example)) {
    schema.example = schema.example[0];
    mended.push(name);
  }
}
writeFileSync(output, JSON.stringify(spec, null, 1));
console.log(`mended the example of ${mended.join(', ') || 'nothing'}`);
