export * from './define.ts';
export * from './nine-cs.ts';
export * from './essential-digital-skills.ts';
export * from './kinds-of-help.ts';
export * from './service-terms.ts';
export * from './audiences.ts';
export * from './triage-terms.ts';
export * from './languages.ts';
