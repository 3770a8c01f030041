import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutInlineCode } from '../../src/data/plain-text.js';

describe('withoutInlineCode', () => {
  it('removes event handlers, style attributes and style elements, and nothing else', () => {
    assert.equal(withoutInlineCode('<img src=x onerror=alert(1)>'), '<img src=x >');
    assert.equal(withoutInlineCode('<svg/onload=alert(1)>'), '<svg/>');
    assert.equal(withoutInlineCode('<a href="/x" ONCLICK = \'y\' >l</a>'), '<a href="/x"  >l</a>');
    assert.equal(withoutInlineCode('<p style="color:red" title="a onclick=b">Hi</p>'), '<p  title="a onclick=b">Hi</p>');
    assert.equal(withoutInlineCode('<style>p{}</style><b>x</b>'), '<b>x</b>');
    assert.equal(withoutInlineCode('<p>open<style>never closed'), '<p>open');
  });

  it('reads attributes as HTML does: quoted values may hold ">" and spaces, an unquoted one runs to a space', () => {
    assert.equal(withoutInlineCode('<div title=">" onmouseover=x>t</div>'), '<div title=">" >t</div>');
    assert.equal(withoutInlineCode('<x a=b/onload=1>'), '<x a=b/onload=1>');
    assert.equal(withoutInlineCode('<!-- <style> --><i>k</i>'), '<!-- <style> --><i>k</i>');
    assert.equal(withoutInlineCode('text <3 and a<b'), 'text <3 and a<b');
  });
});
