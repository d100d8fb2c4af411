export * from './types';
export * from './validate';
export * from './evaluate';
export * from './solve';
export * from './describe-unassigned';
export * from './fair-instance';
export * from './placement-reasons';
export * from './change-kind';
