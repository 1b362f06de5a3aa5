// CommonJS sources of every shape the loader must take as Node does: byte-order mark, "#!" line,
// both, CRLF, empty, invalid UTF-8, non-ASCII identifiers and strings, syntax the engine needs
// rewritten, ES module syntax in a .js file, syntax errors — and Module.prototype._compile
// replaced by a program (it must then see the source).
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'modules-cjs-sources-')));
const file = (name, bytes) => {
  const p = path.join(root, name);
  fs.writeFileSync(p, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  return p;
};
const show = (label, fn) => {
  try {
    const v = fn();
    console.log(label, typeof v === 'function' ? 'function' : JSON.stringify(v));
  } catch (e) {
    // engines word syntax errors differently: only the class is compared for those
    console.log(label, 'throws', e.name, e.name === 'SyntaxError' ? '' : (e.message || '').split('\n')[0].replace(root, '<root>'));
  }
};
const lineOf = (err) => (/:(\d+):\d+\)?$/m.exec(err.stack.split('\n')[1]) || [])[1];

try {
  const stack = 'module.exports = () => { const e = new Error("x"); return e.stack.split("\\n")[1].match(/:(\\d+):/)[1]; };';
  show('byte-order mark', () => require(file('bom.js', '\ufeff' + stack))());
  show('#! line', () => require(file('shebang.js', '#!/usr/bin/env node\n' + stack))());
  show('#! line without newline', () => require(file('shebang-only.js', '#!/usr/bin/env node')));
  show('mark and #!', () => require(file('bom-shebang.js', '\ufeff#!/usr/bin/env node\n\n' + stack))());
  show('CRLF', () => require(file('crlf.js', 'const a = 1;\r\n\r\n' + stack))());
  show('empty', () => require(file('empty.js', '')));
  show('non-ASCII', () => require(file('unicode.js', 'const café = "naïve ☃ 𝄞"; module.exports = [café, café.length];')));
  show('invalid UTF-8', () => require(file('latin1.js', Buffer.concat([
    Buffer.from('module.exports = "'), Buffer.from([0xe9, 0xff, 0xc0, 0x80]), Buffer.from('";')]))).split('').map((c) => c.charCodeAt(0)));
  show('lone surrogate bytes', () => require(file('surrogate.js', Buffer.concat([
    Buffer.from('module.exports = "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('";')]))).length);
  show('import() with attributes', () => typeof require(file('dyn.js', 'module.exports = () => import("./x.json", { with: { type: "json" } });')));
  show('ES module syntax in .js', () => require(file('esm.js', 'export const answer = 42;\n')).answer);
  show('syntax error', () => require(file('bad.js', 'module.exports = {;\n')));
  show('syntax error line', () => { try { require(file('bad2.js', '\n\nlet x = ;\n')); } catch (e) { return [e.name, e.stack.includes('bad2.js:3')]; } });
  show('runtime error line', () => { try { require(file('throws.js', '\n\nnull.x;\n')); } catch (e) { return [e.name, lineOf(e)]; } });
  show('__filename and __dirname', () => require(file('names.js', 'module.exports = [require("path").basename(__filename), __dirname === ' + JSON.stringify(root) + '];')));
  show('this is module.exports', () => require(file('this.js', 'module.exports.self = this === module.exports; exports.also = 1;')));

  // A program's own _compile sees the source, as in Node (coverage tools, transpilers).
  const original = Module.prototype._compile;
  const seen = [];
  Module.prototype._compile = function (content, filename) {
    seen.push([path.basename(filename), content.length]);
    return original.call(this, content.replace('ORIGINAL', 'PATCHED'), filename);
  };
  try {
    show('patched _compile', () => require(file('patched.js', 'module.exports = "ORIGINAL";')));
  } finally {
    Module.prototype._compile = original;
  }
  show('patched _compile saw', () => seen);
  // ... and so does a replaced .js loader
  const loadJS = Module._extensions['.js'];
  Module._extensions['.js'] = (module, filename) => module._compile('module.exports = "from a hook";', filename);
  try {
    show('replaced .js loader', () => require(file('hooked.js', 'module.exports = "from the file";')));
  } finally {
    Module._extensions['.js'] = loadJS;
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
