export * from './lib/errors';
export * from './lib/registry';
export * from './lib/accounts';
export * from './lib/fairs';
