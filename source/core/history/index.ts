export * from './format.js';
export * from './markdown.js';
export * from './replay.js';
export * from './sparkline.js';
export * from './summary.js';
export * from './table.js';
export * from './trend.js';
