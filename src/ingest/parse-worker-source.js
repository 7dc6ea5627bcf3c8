'use strict';
/**
 * The parse child run from its TypeScript source, for a parent that runs from source (tests under
 * ts-jest; see parse-worker-file.ts). Each .ts file is compiled with TypeScript's transpileModule as it is
 * required, with the options of tsconfig.json that change the output. Never used by the built program,
 * which forks dist/ingest/parse-child.js; `typescript` is a dev dependency.
 */
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true };
if (!require.extensions['.ts']) {
  require.extensions['.ts'] = (module, file) => {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, compilerOptions }).outputText;
    module._compile(js, file);
  };
}

require('./parse-child.ts').main(process.argv.slice(2));
