export * from './decimal';
export * from './text';
export * from './split';
export * from './weights';
export * from './cents';
