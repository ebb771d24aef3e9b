/**
 * Drops the CSS a built site cannot use: rules whose selectors name a class that no page and no
 * script of the build holds, and custom properties that nothing reads. Pure: the words of the
 * build in, the smaller stylesheet out.
 *
 * Conservative on purpose. A class is "used" when its name appears anywhere in the HTML or the
 * JavaScript as a word (not only inside class attributes), and a word ending in "-" (as in
 * `"alert--" + type`) keeps every class that starts with it. A rule without any class in its
 * selector (`html`, `:root`, `[data-theme=dark]`, `a:hover`) always stays.
 */
import postcss, {type AtRule, type Container, type Root, type Rule} from 'postcss';

export interface UsedWords {
  words: ReadonlySet<string>;
  /** Words ending in "-": prefixes of classes made at run time. */
  prefixes: readonly string[];
}

// Class and custom-property names: letters, digits, "_" and "-".
const WORD = /[A-Za-z_][\w-]*/g;

/** Adds the words of one text (an HTML page, a script) to `words`. */
export function addWords(words: Set<string>, text: string): void {
  for (const [word] of text.matchAll(WORD)) words.add(word);
}

/** The words, and the prefixes among them. */
export function usedWords(words: ReadonlySet<string>): UsedWords {
  const prefixes = [...words].filter((word) => word.endsWith('-') && word.replace(/-+$/, '').length >= 3);
  return {words, prefixes};
}

// A class in a selector: ".name", escapes included (".md\:flex" stays whole and never matches a word).
const CLASS = /\.((?:\\.|[\w-])+)/g;

// Functional pseudo-classes: a class inside :not() need not exist (then :not() always holds),
// and one of an :is()/:where()/:has() list may be missing while another matches.
const FUNCTIONAL = /:(?:not|is|where|has|matches|-webkit-any)\([^()]*\)/g;

/** The classes an element must have for `selector` to match it. */
export function classesOf(selector: string): string[] {
  let outer = selector.replace(/\[[^\]]*\]/g, '');
  for (let previous = ''; previous !== outer;) {
    previous = outer;
    outer = outer.replace(FUNCTIONAL, '');
  }
  return [...outer.matchAll(CLASS)].map((m) => m[1]!);
}

function isUsed(name: string, used: UsedWords): boolean {
  return used.words.has(name) || used.prefixes.some((prefix) => name.startsWith(prefix));
}

/** Removes the selectors of `rule` that name an unused class; the rule goes when none is left. */
function pruneRule(rule: Rule, used: UsedWords): void {
  // Keyframe steps ("from", "50%") are not selectors.
  if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
  const kept = rule.selectors.filter((selector) => classesOf(selector).every((name) => isUsed(name, used)));
  if (kept.length === 0) rule.remove();
  else if (kept.length < rule.selectors.length) rule.selectors = kept;
}

function removeEmpty(container: Container): void {
  container.each((node) => {
    if (node.type === 'atrule' || node.type === 'rule') {
      if (node.nodes) removeEmpty(node);
      if (node.nodes && node.nodes.length === 0) node.remove();
    }
  });
}

const VAR_USE = /var\(\s*(--[\w-]+)/g;

/**
 * Removes declarations of custom properties that nothing reads: no `var()` of the remaining CSS
 * and no word of the build names them (a script may read or set one). Repeated until stable,
 * since one property's value may be the only reader of another.
 */
function pruneCustomProperties(root: Root, used: UsedWords): void {
  for (;;) {
    const read = new Set<string>();
    root.walkDecls((decl) => {
      for (const [, name] of decl.value.matchAll(VAR_USE)) read.add(name!);
    });
    let removed = 0;
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !read.has(decl.prop) && !used.words.has(decl.prop.replace(/^-+/, ''))) {
        decl.remove();
        removed += 1;
      }
    });
    if (removed === 0) return;
  }
}

/** The stylesheet without what `used` shows the build cannot use. */
export function pruneCss(css: string, used: UsedWords): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => pruneRule(rule, used));
  pruneCustomProperties(root, used);
  removeEmpty(root);
  return root.toString();
}
