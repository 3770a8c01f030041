import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../scripts/minify-literals.mjs';

describe('minifyCss (the styles as shipped)', () => {
  it('drops comments, spaces and leading zeros, and shortens what means the same', () => {
    assert.equal(
      minifyCss(`
        /* a comment */
        :host {
          --_surface: light-dark(#ffffff, #1d2125);
          padding: calc(var(--_space) * 0.75) 0.5em;
          display: none !important;
        }
      `),
      // The space before the rule stays: between bindings a space can be a separator.
      ' :host{--_surface:light-dark(#fff,#1d2125);padding:calc(var(--_space)*.75) .5em;display:none!important}',
    );
  });

  it('leaves alone what it cannot shorten safely: numbers, names, selectors and strings', () => {
    assert.equal(minifyCss('a { margin: 10.5px -0.5em; scale: 1.0625; color: #AABBCC80 }'), 'a{margin:10.5px -0.5em;scale:1.0625;color:#AABBCC80}');
    assert.equal(minifyCss('#aabbcc, .list * .item { x: 1 }'), '#aabbcc,.list * .item{x:1}');
    assert.equal(minifyCss(".a::after { content: ' 0.5 * #ffffff ' }"), ".a::after{content:' 0.5 * #ffffff '}");
  });
});
