export * from './lib/wareki';
export * from './lib/search-text';
export * from './lib/local-government-code';
export * from './lib/prefectures';
export * from './lib/agreement-rules';
export * from './lib/password-rules';
export * from './lib/changes';
