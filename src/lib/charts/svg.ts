/**
 * Cleans the SVG that Vega writes so it can go straight into a page: one accessible image with a
 * title and a description, no interaction or ARIA markup from Vega, no fonts, no fixed size, short
 * numbers, and series drawn in `currentColor` with classes the site's CSS colours (see palette.ts).
 *
 * Vega's SVG is regular (attributes in double quotes, text already escaped, no comments), so a
 * small parser is enough; anything unexpected makes it throw rather than guess.
 */
import { placeholderColour } from './spec.ts';
import { seriesStyle, type SeriesStyle } from './palette.ts';

interface Element {
  name: string;
  attrs: Map<string, string>;
  children: Node[];
}
type Node = Element | string;

const tokenPattern = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
const attrPattern = /([\w:-]+)="([^"<]*)"/g;

/** Parses Vega's SVG markup into a tree. */
export function parseSvg(markup: string): Element {
  const root: Element = { name: '#root', attrs: new Map(), children: [] };
  const stack: Element[] = [root];
  tokenPattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = tokenPattern.exec(markup))) {
    end = tokenPattern.lastIndex;
    const [, closing, name, attrText, selfClosing, text] = match;
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) {
      parent.children.push(text);
    } else if (closing) {
      if (parent.name !== name) throw new Error(`Unexpected </${name}> in the chart's SVG.`);
      stack.pop();
    } else {
      const attrs = new Map<string, string>();
      for (const [, key, value] of (attrText ?? '').matchAll(attrPattern)) attrs.set(key!, value!);
      const element: Element = { name: name!, attrs, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (end !== markup.length || stack.length !== 1) throw new Error("The chart's SVG could not be read.");
  const svg = root.children.find((c): c is Element => typeof c !== 'string' && c.name === 'svg');
  if (!svg) throw new Error("The chart's SVG has no <svg> element.");
  return svg;
}

export function serializeSvg(node: Node): string {
  if (typeof node === 'string') return node;
  const attrs = [...node.attrs].map(([key, value]) => ` ${key}="${value}"`).join('');
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${node.children.map(serializeSvg).join('')}</${node.name}>`;
}

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes a number with at most `decimals` decimals, and no "-0". */
function shortNumber(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Rounds every number in an attribute (path data, transforms, coordinates) to `decimals` decimals. */
export function roundNumbers(text: string, decimals = 1): string {
  return text.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => shortNumber(Number(n), decimals));
}

const numericAttributes = new Set(['d', 'transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'r', 'cx', 'cy', 'dx', 'dy', 'stroke-width', 'viewBox']);
const droppedAttributes = new Set(['role', 'pointer-events', 'font-family', 'stroke-miterlimit', 'version', 'xmlns:xlink', 'class']);
const droppedDefaults: Record<string, string> = { opacity: '1', 'stroke-width': '1', x: '0', y: '0', x1: '0', y1: '0', x2: '0', y2: '0' };
/** Inherited attributes that a group takes over when all its children have the same value. */
const hoistable = ['fill', 'stroke', 'stroke-opacity', 'stroke-width', 'text-anchor', 'font-weight'];

function hoistSharedAttributes(group: Element): void {
  const children = group.children;
  // A series element's currentColor must be worked out on the element itself, where its `color` is.
  if (children.length < 2 || children.some((child) => typeof child === 'string' || child.attrs.has('color'))) return;
  const elements = children as Element[];
  for (const key of hoistable) {
    if (group.attrs.has(key)) continue;
    const value = elements[0]!.attrs.get(key);
    if (value === undefined || value.startsWith('url(') || !elements.every((child) => child.attrs.get(key) === value)) continue;
    group.attrs.set(key, value);
    for (const child of elements) child.attrs.delete(key);
  }
}

const markClasses: Record<string, string> = { values: 'chart-values', labels: 'chart-labels' };

export interface CleanOptions {
  /** Unique prefix for the ids in this SVG. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** How many series the chart has, and whether they are bars (filled with patterns) or lines. */
  readonly seriesCount: number;
  readonly kind: 'bar' | 'line';
  /** Font size that text without its own size gets (from the root). */
  readonly fontSize: number;
}

function patternDef(id: string, style: SeriesStyle): Element | undefined {
  const element = (name: string, attrs: Record<string, string>, children: Node[] = []): Element => ({ name, attrs: new Map(Object.entries(attrs)), children });
  const base = { id: `${id}-p${style.number}`, class: `chart-s${style.number}`, color: style.light, patternUnits: 'userSpaceOnUse' };
  switch (style.pattern) {
    case 'hatch':
      return element('pattern', { ...base, width: '6', height: '6', patternTransform: 'rotate(45)' }, [element('path', { d: 'M1,0v6', stroke: 'currentColor', 'stroke-width': '2' })]);
    case 'dots':
      return element('pattern', { ...base, width: '5', height: '5' }, [element('circle', { cx: '2.5', cy: '2.5', r: '1.4', fill: 'currentColor' })]);
    case 'cross':
      return element('pattern', { ...base, width: '6', height: '6', patternTransform: 'rotate(45)' }, [element('path', { d: 'M1,0v6M0,1h6', stroke: 'currentColor', 'stroke-width': '1.5' })]);
    default:
      return undefined;
  }
}

/** Turns Vega's SVG into the chart the page shows. */
export function cleanSvg(markup: string, options: CleanOptions): string {
  const svg = parseSvg(markup);
  const placeholders = new Map<string, SeriesStyle>();
  for (let i = 0; i < options.seriesCount; i++) placeholders.set(placeholderColour(i), { ...seriesStyle(i), number: i + 1 });
  const usedPatterns = new Map<number, SeriesStyle>();

  const paintSeries = (element: Element) => {
    const fill = placeholders.get(element.attrs.get('fill') ?? '');
    const stroke = placeholders.get(element.attrs.get('stroke') ?? '');
    const style = fill ?? stroke;
    if (!style) return;
    // Keep the light colour as a fallback: CSS on the class (see chartCss) overrides it.
    element.attrs.set('class', `chart-s${style.number}`);
    element.attrs.set('color', style.light);
    if (stroke) element.attrs.set('stroke', 'currentColor');
    if (fill) {
      if (options.kind === 'bar' && style.pattern !== 'solid') {
        usedPatterns.set(style.number, style);
        element.attrs.set('fill', `url(#${options.id}-p${style.number})`);
        element.attrs.set('stroke', 'currentColor');
        element.attrs.set('stroke-width', '1.5');
      } else element.attrs.set('fill', 'currentColor');
    }
  };

  const clean = (element: Element): Node[] => {
    const className = element.attrs.get('class') ?? '';
    // Vega's empty hit areas and frames.
    if (element.name === 'path' && /\b(background|foreground)\b/.test(className) && !element.attrs.has('fill') && !element.attrs.has('stroke')) return [];
    if (element.attrs.get('display') === 'none') return [];
    const markName = /\b([a-z]+)(?:_below)?_marks\b/.exec(className)?.[1];
    for (const key of [...element.attrs.keys()]) {
      const value = element.attrs.get(key);
      // (A <tspan>'s x="0" starts a new line, so it is not a default there.)
      const isDefault = droppedDefaults[key] === value && element.name !== 'tspan';
      if (value === '' || droppedAttributes.has(key) || key.startsWith('aria-') || isDefault) element.attrs.delete(key);
      else if (numericAttributes.has(key)) element.attrs.set(key, roundNumbers(element.attrs.get(key)!));
    }
    if (element.name === 'text' && element.attrs.get('font-size') === `${options.fontSize}px`) element.attrs.delete('font-size');
    if (element.attrs.get('transform') === 'translate(0,0)') element.attrs.delete('transform');
    paintSeries(element);
    element.children = element.children.flatMap((child) => (typeof child === 'string' ? [child] : clean(child)));
    if (markName && markClasses[markName]) element.attrs.set('class', markClasses[markName]);
    if (element.name !== 'g') return [element];
    if (element.children.length === 0) return [];
    hoistSharedAttributes(element);
    if (element.attrs.size === 0) return element.children;
    // Merge a translated group into a single child group that is only translated too.
    const only = element.children.length === 1 ? element.children[0] : undefined;
    if (only && typeof only !== 'string' && only.name === 'g' && element.attrs.size === 1 && element.attrs.has('transform')) {
      const outer = parseTranslate(element.attrs.get('transform')!);
      const inner = parseTranslate(only.attrs.get('transform') ?? 'translate(0,0)');
      if (outer && inner) {
        only.attrs.set('transform', `translate(${shortNumber(outer[0] + inner[0], 1)},${shortNumber(outer[1] + inner[1], 1)})`);
        if (only.attrs.get('transform') === 'translate(0,0)') only.attrs.delete('transform');
        return only.attrs.size === 0 ? only.children : [only];
      }
    }
    return [element];
  };

  const viewBox = svg.attrs.get('viewBox');
  if (!viewBox) throw new Error("Vega's SVG has no viewBox.");
  const drawing = svg.children.flatMap((child) => (typeof child === 'string' ? [] : clean(child)));
  const group: Element = { name: 'g', attrs: new Map([['aria-hidden', 'true']]), children: drawing };
  const only = drawing.length === 1 ? drawing[0] : undefined;
  const body = only && typeof only !== 'string' && only.name === 'g' ? only : group;
  body.attrs.set('aria-hidden', 'true');
  const defs = [...usedPatterns.values()].sort((a, b) => a.number - b.number).flatMap((style) => patternDef(options.id, style) ?? []);

  const root: Element = {
    name: 'svg',
    attrs: new Map([
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['viewBox', roundNumbers(viewBox, 0)],
      ['class', 'chart'],
      ['role', 'img'],
      ['aria-labelledby', `${options.id}-title`],
      ['aria-describedby', `${options.id}-desc`],
      ['font-size', String(options.fontSize)],
    ]),
    children: [
      { name: 'title', attrs: new Map([['id', `${options.id}-title`]]), children: [escapeXml(options.title)] },
      { name: 'desc', attrs: new Map([['id', `${options.id}-desc`]]), children: [escapeXml(options.description)] },
      ...(defs.length ? [{ name: 'defs', attrs: new Map(), children: defs }] : []),
      body,
    ],
  };
  return serializeSvg(root);
}

function parseTranslate(transform: string): [number, number] | undefined {
  const match = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/.exec(transform);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
