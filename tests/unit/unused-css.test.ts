import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {addWords, classesOf, pruneCss, usedWords} from '../../src/plugins/unused-css/prune';

const words = new Set<string>();
for (const text of [
  '<nav class="navbar navbar--fixed-top"><a class="menu__link">x</a></nav>',
  'e.className=(0,r.A)("alert","alert--"+t,"card_Ab3x");document.body.style.setProperty("--ifm-navbar-height","4rem")',
])
  addWords(words, text);
const used = usedWords(words);

describe('unused CSS', () => {
  it('reads the words of pages and scripts, and the prefixes of classes made at run time', () => {
    for (const word of ['navbar', 'navbar--fixed-top', 'menu__link', 'card_Ab3x', 'ifm-navbar-height'])
      assert.ok(used.words.has(word), word);
    assert.deepEqual(used.prefixes, ['alert--']);
  });

  it('requires the classes outside :not(), :is() and :where() only', () => {
    assert.deepEqual(classesOf('.button.button--outline:not(.button--active):not(:hover)'), [
      'button',
      'button--outline',
    ]);
    assert.deepEqual(classesOf(':where(.a, .b) .c'), ['c']);
    assert.deepEqual(classesOf('[class*="x.y"] .z'), ['z']);
    assert.deepEqual(classesOf('html[data-theme=dark] a:hover'), []);
  });

  it('drops the rules and selectors of classes nothing uses, and keeps the rest', () => {
    const css = [
      '.navbar{top:0}',
      '.pagination,.menu__link{color:red}',
      '.avatar__photo{width:1px}',
      '.alert--danger{color:red}',
      'html[data-theme=dark] a:hover{color:blue}',
      '.menu__link:not(.menu__link--active){opacity:.5}',
      '@media (max-width:996px){.avatar{display:none}}',
      '@keyframes spin{from{transform:none}to{transform:rotate(1turn)}}',
    ].join('');
    assert.equal(
      pruneCss(css, used),
      [
        '.navbar{top:0}',
        '.menu__link{color:red}',
        '.alert--danger{color:red}',
        'html[data-theme=dark] a:hover{color:blue}',
        '.menu__link:not(.menu__link--active){opacity:.5}',
        '@keyframes spin{from{transform:none}to{transform:rotate(1turn)}}',
      ].join(''),
    );
  });

  it('drops custom properties nothing reads, also those only read by dropped ones', () => {
    const css = [
      ':root{--ifm-a:1px;--ifm-b:var(--ifm-c);--ifm-c:red;--ifm-d:2px;--ifm-navbar-height:3rem}',
      '.navbar{margin:var(--ifm-a)}',
      '.avatar{padding:var(--ifm-d)}',
    ].join('');
    assert.equal(pruneCss(css, used), ':root{--ifm-a:1px;--ifm-navbar-height:3rem}.navbar{margin:var(--ifm-a)}');
  });
});
