export * from './mime';
export * from './format';
export * from './text';
export * from './typing';
export * from './nudge';
export * from './split';
export * from './invite';
export * from './incoming';
