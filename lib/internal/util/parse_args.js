'use strict';
// util.parseArgs(): command-line argument parsing following Node 24's documented behaviour
// (types string/boolean, short options and groups, multiple, default, strict, allowPositionals,
// allowNegative, tokens) and its error codes/messages.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const getOwn = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionGet = (options, longOption, key) =>
  (hasOwn(options, longOption) ? getOwn(options[longOption], key) : undefined);

function checkObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}
function checkArray(value, name) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
}
function checkBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}
function checkString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}
function checkArrayOf(value, name, check) {
  checkArray(value, name);
  for (let i = 0; i < value.length; i++) check(value[i], `${name}[${i}]`);
}

function mainArgs() {
  if (typeof process !== 'object' || process === null || !Array.isArray(process.argv)) return [];
  const execArgv = Array.isArray(process.execArgv) ? process.execArgv : [];
  const evalMode = execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' ||
    a === '--print' || a.startsWith('--eval=') || a.startsWith('--print='));
  return process.argv.slice(evalMode ? 1 : 2);
}

// ---- argument classification ---------------------------------------------------------------

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}
function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}
function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}
function isOptionValue(value) {
  // An option argument may start with a dash (Utility Syntax Guidelines).
  return value != null;
}
function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}
function findLongOptionForShort(shortOption, options) {
  for (const longOption of Object.keys(options)) {
    if (getOwn(options[longOption], 'short') === shortOption) return longOption;
  }
  return shortOption;
}
function startsShortGroup(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}
function isShortOptionGroup(arg, options) {
  if (!startsShortGroup(arg)) return false;
  return optionGet(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}
function isShortOptionAndValue(arg, options) {
  if (!startsShortGroup(arg)) return false;
  return optionGet(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}

function makeOptionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }

    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push(makeOptionToken(longOption, arg, index, value, inlineValue));
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionGet(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${shortOption}${arg.slice(i + 1)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push(makeOptionToken(longOption, `-${shortOption}`, index, arg.slice(2), true));
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push(makeOptionToken(longOption, arg, index, value, inlineValue));
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const longOption = arg.slice(2, eq);
      tokens.push(makeOptionToken(longOption, `--${longOption}`, index, arg.slice(eq + 1), true));
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// ---- validation of parsed tokens ---------------------------------------------------------

function checkOptionUsage(config, token) {
  const { options, allowPositionals, allowNegative } = config;
  let name = token.name;
  if (!hasOwn(options, name)) {
    // --no-foo negates a known boolean option foo when allowNegative is set.
    const negatable = allowNegative && name.startsWith('no-') &&
      optionGet(options, name.slice(3), 'type') === 'boolean';
    if (!negatable) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    name = name.slice(3);
  }
  const short = optionGet(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGet(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'--${token.name}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const message = `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(message);
  }
}

function storeOption(longOption, value, options, values) {
  if (longOption === '__proto__') return;
  if (optionGet(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [value];
    else values[longOption].push(value);
  } else {
    values[longOption] = value;
  }
}

function validateOptionConfig(longOption, optionConfig) {
  const prefix = `options.${longOption}`;
  checkObject(optionConfig, prefix);
  const type = getOwn(optionConfig, 'type');
  if (type !== 'string' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`${prefix}.type`, "('string|boolean')", type);
  }
  if (hasOwn(optionConfig, 'short')) {
    const short = optionConfig.short;
    checkString(short, `${prefix}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`${prefix}.short`, short, 'must be a single character');
    }
  }
  const multiple = getOwn(optionConfig, 'multiple');
  if (hasOwn(optionConfig, 'multiple')) checkBoolean(multiple, `${prefix}.multiple`);
  const defaultValue = getOwn(optionConfig, 'default');
  if (defaultValue !== undefined) {
    const name = `${prefix}.default`;
    if (type === 'string') {
      if (multiple) checkArrayOf(defaultValue, name, checkString);
      else checkString(defaultValue, name);
    } else if (multiple) {
      checkArrayOf(defaultValue, name, checkBoolean);
    } else {
      checkBoolean(defaultValue, name);
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  checkObject(config, 'config');
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  checkArray(args, 'args');
  checkBoolean(strict, 'strict');
  checkBoolean(allowPositionals, 'allowPositionals');
  checkBoolean(returnTokens, 'tokens');
  checkBoolean(allowNegative, 'allowNegative');
  checkObject(options, 'options');
  for (const longOption of Object.keys(options)) {
    validateOptionConfig(longOption, options[longOption]);
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      let value = token.value ?? true;
      if (allowNegative && token.value === undefined && token.name.startsWith('no-')) {
        token.name = token.name.slice(3);
        value = false;
      }
      storeOption(token.name, value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const longOption of Object.keys(options)) {
    const defaultValue = getOwn(options[longOption], 'default');
    if (longOption !== '__proto__' && defaultValue !== undefined &&
        result.values[longOption] === undefined) {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
