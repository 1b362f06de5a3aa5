'use strict';
// util.parseArgs (expectations from Node 24).
const test = require('node:test');
const assert = require('node:assert');
const { parseArgs } = globalThis.libRequire ? libRequire('util') : require('node:util');

const plain = (r) => JSON.parse(JSON.stringify(r));

test('basic options, shorts, groups and positionals', () => {
  const r = parseArgs({ args: ['-f', '--bar', 'b'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } });
  assert.strictEqual(Object.getPrototypeOf(r.values), null);
  assert.deepStrictEqual(plain(r), { values: { foo: true, bar: 'b' }, positionals: [] });
  const g = parseArgs({ args: ['-ab', 'val'], options: { a: { type: 'boolean' }, b: { type: 'string' } }, tokens: true });
  assert.deepStrictEqual(g.tokens, [
    { kind: 'option', name: 'a', rawName: '-a', index: 0, value: undefined, inlineValue: undefined },
    { kind: 'option', name: 'b', rawName: '-b', index: 0, value: 'val', inlineValue: false },
  ]);
  const t = parseArgs({ args: ['a', '--b', '--c=3', '-d', '--', '-x'], strict: false, tokens: true });
  assert.deepStrictEqual(plain(t), {
    values: { b: true, c: '3', d: true }, positionals: ['a', '-x'],
    tokens: [
      { kind: 'positional', index: 0, value: 'a' },
      { kind: 'option', name: 'b', rawName: '--b', index: 1 },
      { kind: 'option', name: 'c', rawName: '--c', index: 2, value: '3', inlineValue: true },
      { kind: 'option', name: 'd', rawName: '-d', index: 3 },
      { kind: 'option-terminator', index: 4 },
      { kind: 'positional', index: 5, value: '-x' },
    ] });
  assert.deepStrictEqual(plain(parseArgs({ args: ['-fVAL', '-f', 'v2'], options: { foo: { type: 'string', short: 'f', multiple: true } } })),
                         { values: { foo: ['VAL', 'v2'] }, positionals: [] });
});

test('defaults, multiple and allowNegative', () => {
  assert.deepStrictEqual(plain(parseArgs({ args: [], options: { x: { type: 'string', multiple: true, default: ['a'] }, y: { type: 'boolean', default: false } } })),
                         { values: { x: ['a'], y: false }, positionals: [] });
  assert.deepStrictEqual(plain(parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true })),
                         { values: { color: false }, positionals: [] });
  assert.deepStrictEqual(plain(parseArgs({ args: ['--no-color', '--color'], options: { color: { type: 'boolean', multiple: true } }, allowNegative: true })),
                         { values: { color: [false, true] }, positionals: [] });
  assert.deepStrictEqual(plain(parseArgs({ args: ['--no-x', 'v'], options: { 'no-x': { type: 'string' } }, allowNegative: true })),
                         { values: { 'no-x': 'v' }, positionals: [] });
});

test('parse errors', () => {
  const E = (config, code, message) => assert.throws(() => parseArgs(config), { name: 'TypeError', code, message });
  E({ args: ['--unknown'], options: {} }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--unknown'");
  E({ args: ['-u'], options: {}, allowPositionals: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    "Unknown option '-u'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"-u\"");
  E({ args: ['pos'], options: {} }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    "Unexpected argument 'pos'. This command does not take positional arguments");
  E({ args: ['--foo'], options: { foo: { type: 'string' } } }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '--foo <value>' argument missing");
  E({ args: ['-f', '-x'], options: { foo: { type: 'string', short: 'f' } } }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    "Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\nTo specify an option argument starting with a dash use '--foo=-XYZ' or '-f-XYZ'.");
  E({ args: ['--foo=x'], options: { foo: { type: 'boolean', short: 'f' } } }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '-f, --foo' does not take an argument");
  E({ args: ['--no-color'], options: { color: { type: 'string' } }, allowNegative: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--no-color'");
});

test('config validation', () => {
  const E = (config, code, message) => assert.throws(() => parseArgs(config), { code, message });
  E({ options: { x: { type: 'str' } } }, 'ERR_INVALID_ARG_TYPE', "The \"options.x.type\" property must be ('string|boolean'). Received type string ('str')");
  E({ options: { x: { type: 'string', short: 'xy' } } }, 'ERR_INVALID_ARG_VALUE', "The property 'options.x.short' must be a single character. Received 'xy'");
  E({ options: { x: { type: 'string', default: 1 } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.x.default" property must be of type string. Received type number (1)');
  E({ options: { x: { type: 'string', multiple: true, default: [1] } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.x.default[0]" property must be of type string. Received type number (1)');
  E({ args: 'x' }, 'ERR_INVALID_ARG_TYPE', "The \"args\" argument must be an instance of Array. Received type string ('x')");
  E({ strict: 1 }, 'ERR_INVALID_ARG_TYPE', 'The "strict" argument must be of type boolean. Received type number (1)');
  E({ options: 1 }, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received type number (1)');
});
