/*
 * The DRL editor: line numbers in a gutter and syntax colours in a layer under a transparent textarea, both kept in
 * step with the text and its scrolling. Plain script: the textarea stays an ordinary form field.
 */
(function () {
  var TOKENS = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:[^"\\\n]|\\.)*")|\b(rule|when|then|end|salience|no-loop|lock-on-active|agenda-group|not|exists|and|or|import|package|function|query|global|insert|insertLogical|modify|update|retract|delete|from|accumulate|collect|forall|eval|true|false|null|new|return|if|else|declare|dialect)\b|(\$[A-Za-z_][A-Za-z0-9_]*)|\b(\d+(?:\.\d+)?)\b/g;

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function colour(text) {
    var out = '', last = 0, m;
    TOKENS.lastIndex = 0;
    while ((m = TOKENS.exec(text)) !== null) {
      out += escape(text.slice(last, m.index));
      var kind = m[1] ? 'c' : m[2] ? 's' : m[3] ? 'k' : m[4] ? 'v' : 'n';
      out += '<span class="drl-' + kind + '">' + escape(m[0]) + '</span>';
      last = TOKENS.lastIndex;
    }
    return out + escape(text.slice(last)) + '\n';
  }

  function attach() {
    var editor = document.querySelector('.code-editor');
    if (!editor || editor.dataset.ready) { return; }
    editor.dataset.ready = 'yes';
    var area = editor.querySelector('textarea');
    var gutter = editor.querySelector('.gutter');
    var layer = editor.querySelector('.highlight');
    function draw() {
      var n = area.value.split('\n').length, lines = '';
      for (var i = 1; i <= n; i++) { lines += i + '\n'; }
      gutter.textContent = lines;
      layer.innerHTML = colour(area.value);
      scroll();
    }
    function scroll() {
      gutter.scrollTop = area.scrollTop;
      layer.scrollTop = area.scrollTop;
      layer.scrollLeft = area.scrollLeft;
    }
    area.addEventListener('input', draw);
    area.addEventListener('scroll', scroll);
    draw();
  }

  document.addEventListener('DOMContentLoaded', attach);
  if (window.jQuery) { jQuery(document).on('pfAjaxComplete', attach); }
  window.TieredRuleEditor = { attach: attach, colour: colour };
})();
