/**
 * MDX is code: an `import`, an `export` or a `{...}` expression in an .mdx page runs as
 * JavaScript when the site is built (it can read files and environment variables and print them
 * onto a public page), and a component can do anything its code does. Pages in content/ are
 * reviewed as content, so they may hold only Markdown, plus the components named in
 * MDX_COMPONENTS. This finds everything else, with its line, using the maintained MDX parser
 * (micromark-extension-mdxjs, the one @mdx-js/mdx uses). The content check and the build's MDX
 * loader (src/loaders/yaml-file.ts) both refuse what it finds.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Components an MDX page in content/ may use. None today: add a name here only with a reviewed component that takes no code. */
export const MDX_COMPONENTS: readonly string[] = [];

export interface MdxCode {
  readonly line: number;
  readonly message: string;
}

const ONLY_MARKDOWN = 'Pages in content/ are Markdown only, because code in them would run when the site is built.';

/** Where a parse error happened, from micromark's message (a place with a line, or a point). */
function errorLine(problem: unknown): number | undefined {
  const { place, line } = problem as { place?: { line?: number; start?: { line?: number } }; line?: number };
  return place?.line ?? place?.start?.line ?? line;
}

/** Code found in an MDX file's text; `firstLine` is the file line the text starts on. */
export function findMdxCode(text: string, firstLine = 1): MdxCode[] {
  // Code needs a "{", a "<" or a line starting import/export: text with none of them is plain
  // Markdown, and is not parsed again (most pages; parsing them all made the check 3 times slower).
  if (!/[{<]|^[ \t]*(?:import|export)\b/m.test(text)) return [];
  let events;
  try {
    events = postprocess(
      parse({ extensions: [mdxjs()] })
        .document()
        .write(preprocess()(text, undefined, true)),
    );
  } catch (problem) {
    const reason = String((problem as { reason?: string }).reason ?? (problem as Error).message).split('\n')[0];
    return [
      {
        line: firstLine + (errorLine(problem) ?? 1) - 1,
        message: `This page cannot be read as MDX: ${reason}. In MDX, "<" and "{" start code: write "\\<" and "\\{" to show them as text, or reword ("less than").`,
      },
    ];
  }
  const found: MdxCode[] = [];
  const add = (line: number, message: string) => {
    if (!found.some((f) => f.line === line && f.message === message)) found.push({ line, message });
  };
  for (const [kind, token, context] of events) {
    if (kind !== 'enter') continue;
    const line = firstLine + token.start.line - 1;
    switch (token.type as string) {
      case 'mdxjsEsm': {
        const word = /^\s*export\b/.test(context.sliceSerialize(token)) ? 'export' : 'import';
        add(line, `Remove the ${word} line. ${ONLY_MARKDOWN}`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxJsxFlowTagAttributeValueExpression':
      case 'mdxJsxTextTagAttributeValueExpression':
      case 'mdxJsxFlowTagExpressionAttribute':
      case 'mdxJsxTextTagExpressionAttribute':
        add(line, `Remove the {...} expression. ${ONLY_MARKDOWN} To show a curly bracket as text, write \\{.`);
        break;
      case 'mdxJsxFlowTag':
      case 'mdxJsxTextTag': {
        const tag = context.sliceSerialize(token);
        if (/^<\s*\//.test(tag)) break; // a closing tag: its opening tag is reported
        const name = /^<\s*([^\s/>{]*)/.exec(tag)?.[1] ?? '';
        if (MDX_COMPONENTS.includes(name)) break;
        const allowed = MDX_COMPONENTS.length ? `The components allowed are: ${MDX_COMPONENTS.join(', ')}.` : 'No components are allowed.';
        add(line, `Remove <${name}>. ${ONLY_MARKDOWN} Use Markdown for headings, lists and links. ${allowed}`);
        break;
      }
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
