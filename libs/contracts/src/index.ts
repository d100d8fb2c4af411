export * from './lib/errors';
export * from './lib/registry';
export * from './lib/accounts';
export * from './lib/fairs';
export * from './lib/booths';
export * from './lib/applications';
export * from './lib/mail';
export * from './lib/guests';
