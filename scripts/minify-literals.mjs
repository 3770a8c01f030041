// Minifies the static text of Lit's `css` and `html` tagged templates, which a JS minifier leaves
// as written: CSS loses its comments and the spaces a browser ignores, HTML its indentation (every
// run of white space with a line break becomes one space, which renders the same). Strings inside
// CSS are left alone, and so are the `${…}` expressions. Used by the single-file build (a Vite
// plugin), by `npm run size`, and on the tsc output in dist/ (`node scripts/minify-literals.mjs dist`),
// so that what npm users bundle is what the budgets measure.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * CSS text between bindings: comments out, white space down to what separates tokens, numbers
 * without a leading zero (`0.5em` → `.5em`), products without spaces, `#rrggbb` colours that can be `#rgb` shortened and no
 * space before `!important`; strings are kept as written. Returns undefined when the text ends
 * inside a comment or a string (a binding splits it), which is then left alone.
 */
export function minifyCss(text) {
  let out = '';
  let plain = '';
  const flush = () => {
    out += plain
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/\s+!important/g, '!important')
      // After a separator only: never inside a number (10.5) or a name.
      .replace(/([\s:,(/*+])0\.(\d)/g, '$1.$2')
      // A product in calc() needs no spaces; one before a number or var() is never a selector's `*`.
      .replace(/ \* (?=\.?\d|var\()/g, '*')
      .replace(/([\s:,(])#([\da-f])\2([\da-f])\3([\da-f])\4(?![\w-])/gi, '$1#$2$3$4');
    plain = '';
  };
  for (let i = 0; i < text.length; ) {
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return undefined;
      plain += ' ';
      i = close + 2;
    } else if (text[i] === '"' || text[i] === "'") {
      const quote = text[i];
      let j = i + 1;
      while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return undefined;
      flush();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      plain += text[i++];
    }
  }
  flush();
  return out;
}

/** HTML text between bindings: indentation and line breaks become one space. */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const TAGS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/**
 * The source with every `css`/`html`/`svg` template's static parts minified. A CSS part that
 * opens a comment or a string it does not close (one split by a binding) is left as written.
 */
export function minifyLiterals(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = [];
  const literalParts = (template) =>
    ts.isNoSubstitutionTemplateLiteral(template)
      ? [{ start: template.getStart(source) + 1, end: template.end - 1 }]
      : [
          { start: template.head.getStart(source) + 1, end: template.head.end - 2 },
          ...template.templateSpans.map((span) => ({
            start: span.literal.getStart(source) + 1,
            end: span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2),
          })),
        ];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS[node.tag.text]) {
      const minify = TAGS[node.tag.text];
      for (const { start, end } of literalParts(node.template)) {
        const text = minify(code.slice(start, end));
        if (text !== undefined) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The Vite plugin: minifies the templates of the project's own modules before they are bundled. */
export function minifyLiteralsPlugin() {
  return {
    name: 'schedule-elements:minify-literals',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/[\\/]src[\\/].*\.ts$/.test(file) || !/\b(?:css|html|svg) ?`/.test(code)) return undefined;
      return { code: minifyLiterals(code, file), map: null };
    },
  };
}

/** `node scripts/minify-literals.mjs <dir>`: minifies every .js file under <dir> in place. */
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop())) {
  const dir = process.argv[2] ?? 'dist';
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(name));
    if (!path.endsWith('.js') || path.endsWith('.min.js')) continue;
    const code = readFileSync(path, 'utf8');
    if (!/\b(?:css|html|svg) ?`/.test(code)) continue;
    const out = minifyLiterals(code, path);
    if (out !== code) {
      writeFileSync(path, out);
      files++;
    }
  }
  console.log(`minify-literals: ${files} file(s) in ${dir}`);
}
