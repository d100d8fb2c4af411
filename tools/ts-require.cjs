// node -r tools/ts-require.cjs: lets a plain Node process require() the workspace's TypeScript
// sources (transpiled on the fly, @bussanten/* mapped to libs/*/src as in tsconfig.base.json).
// The time-zone tests use it to run the real formatters in Node processes set to other zones,
// since jest cannot change the zone of its own process; tools/openapi.cjs to load the API without a
// build. Not for serving: the build bundles instead.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const lib = /^@bussanten\/([\w-]+)$/.exec(request);
  if (lib) return path.join(root, 'libs', lib[1], 'src/index.ts');
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (error) {
    // Extensionless relative imports of .ts files, as TypeScript writes them.
    if (request.startsWith('.')) {
      for (const suffix of ['.ts', '.tsx', '/index.ts']) {
        const file = path.resolve(path.dirname(parent.filename), request + suffix);
        if (fs.existsSync(file)) return file;
      }
    }
    throw error;
  }
};

// The API's sources are compiled as apps/api/tsconfig.app.json does: Nest's decorators and their metadata.
const API = path.join(root, 'apps', 'api') + path.sep;
const API_OPTIONS = { experimentalDecorators: true, emitDecoratorMetadata: true, useDefineForClassFields: false };

for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        jsx: ts.JsxEmit.ReactJSX,
        ...(filename.startsWith(API) ? API_OPTIONS : {}),
      },
    });
    module._compile(outputText, filename);
  };
}
