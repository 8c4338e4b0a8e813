/**
 * The pages that lead to the printable lists: /print/ (a list for each area, and for each kind
 * of help) and, for a kind of help with too many places for one list, /print/<kind>/ (its list
 * for each area).
 */
import type { PrintSheet } from '../directory/print-sheets.ts';
import { inLanguage } from '../i18n/paths.ts';
import { termLabel } from '../i18n/terms.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import { routes } from '../routes.ts';
import { kindsOfHelp } from '../vocabulary/index.ts';

export interface PrintLink {
  readonly label: string;
  readonly path: string;
}

export interface PrintIndexView {
  /** A list for each area, in area order. */
  readonly areas: readonly PrintLink[];
  /** A list for each kind of help that has places; eachArea when the kind has a list for each area instead of one. */
  readonly kinds: readonly (PrintLink & { readonly eachArea: boolean })[];
}

type Sheets = readonly Pick<PrintSheet, 'by' | 'part'>[];

/** The lists, with their labels and paths in the reader's language (English when t is not given). */
export function printIndexView(sheets: Sheets, areaName: (id: string) => string, t: Translator = translator('en')): PrintIndexView {
  const firsts = sheets.filter((s) => s.part === 1);
  const path = (by: PrintSheet['by']) => inLanguage(t.language.code, routes.printSheet(by));
  return {
    areas: firsts.flatMap((s) => (s.by.area !== undefined && s.by.kind === undefined ? [{ label: areaName(s.by.area), path: path(s.by) }] : [])),
    kinds: kindsOfHelp.terms.flatMap((kind) => {
      const ofKind = firsts.filter((s) => s.by.kind === kind.id);
      return ofKind.length === 0 ? [] : [{ label: termLabel(t, 'kindsOfHelp', kind.id), path: path({ kind: kind.id }), eachArea: ofKind.some((s) => s.by.area !== undefined) }];
    }),
  };
}

/** The kinds of help with a list for each area instead of one list: each has its own page of lists. */
export function kindsSplitByArea(sheets: Sheets): string[] {
  return kindsOfHelp.ids.filter((kind) => sheets.some((s) => s.by.kind === kind && s.by.area !== undefined));
}

export interface PrintKindView {
  readonly label: string;
  readonly title: string;
  readonly description: string;
  /** The kind's list for each area, in area order. */
  readonly areas: readonly PrintLink[];
}

export function printKindView(kind: string, sheets: Sheets, areaName: (id: string) => string, t: Translator = translator('en')): PrintKindView {
  const label = termLabel(t, 'kindsOfHelp', kind);
  return {
    label,
    title: t('print.kind.title', { kind: label }),
    description: t('print.kind.description', { kind: label.toLocaleLowerCase(t.language.locale) }),
    areas: sheets.flatMap((s) => (s.by.kind === kind && s.by.area !== undefined && s.part === 1 ? [{ label: areaName(s.by.area), path: inLanguage(t.language.code, routes.printSheet(s.by)) }] : [])),
  };
}
