/** The engine's public surface: every front imports from here. */
export * from './types';
export * from './a1';
export * from './findings';
export * from './report';
export * from './recognition';
export * from './engine';
export * from './money';
export * from './profile';
export * from './messages';
export * from './render';
export * from './round';
export * from './groups';
export * from './share-totals';
export * from './ignores';
