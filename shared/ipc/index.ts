export * from './requests';
export * from './events';
export * from './nicknames';
export * from './settings';
export * from './bridge';
export * from './wire';
export * from './wire-bridge';
export * from './limits';
