/** The text rules now live in the vocabulary (one module for every alias, stem and normaliser); kept as a path. */
export { cellText, normaliseLabel, unitInLabel, unitInLine, normaliseName, yearInText } from './vocabulary';
