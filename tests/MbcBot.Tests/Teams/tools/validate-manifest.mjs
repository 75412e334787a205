// Validates a Teams app manifest with Microsoft's @microsoft/app-manifest against the JSON schema its $schema names,
// loaded from the copy bundled in the package (no network). Prints {"schema": "...", "errors": [...]} on one line.
// Usage: node validate-manifest.mjs <manifest.json>
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest/build/generated-types/index.js');

const manifest = JSON.parse(await readFile(process.argv[2], 'utf8'));
const suffix = AppManifestUtils.getLocalSchemaSuffix(manifest.$schema);
const bundled = suffix && AppManifestUtils.getLocalSchemaCandidates(suffix)[0];
const errors = await AppManifestUtils.validateAgainstSchema(manifest);
console.log(JSON.stringify({ schema: manifest.$schema, bundled, errors }));
