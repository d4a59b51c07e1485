export * from './ids.js';
export * from './descriptions.js';
