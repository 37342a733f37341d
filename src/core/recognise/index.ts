export * from './tables';
export * from './amount';
export * from './header';
export * from './text';
export * from './view';
export { recogniseWorkbook, tableDictionary, titleText } from './workbook';
export * from './records';
