// The Handlebars runtime without its compiler: shipped templates arrive precompiled, so a deck
// build does not load the compiler at all. It is imported statically so the command's bundle
// carries it: loading it from node_modules meant resolving and reading ten small files per run.
// (Its type declarations do not resolve under ESM, so the types come from the full package.)
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';
import runtime from 'handlebars/runtime.js';

export type HandlebarsApi = typeof HandlebarsModule;
export type Compiled = HandlebarsModule.TemplateDelegate;

export const Handlebars = runtime as unknown as HandlebarsApi;

/** The full package, for templates that must be compiled now (user folders, edited files). */
export function handlebarsCompiler(): HandlebarsApi {
  return createRequire(import.meta.url)('handlebars') as HandlebarsApi;
}
