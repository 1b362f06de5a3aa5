'use strict';
// Error formatting for util.inspect: the stack (with "Name [tag]" fix-ups), indentation of
// nested stacks, de-duplication of frames shared with `cause`, and colouring of frames.
// Exported as a factory so inspect.js can hand in its own helpers without a require cycle.

module.exports = function makeErrorFormatter({ getPrefix, formatValue, isError }) {
  function errorToString(err) {
    try {
      return Error.prototype.toString.call(err);
    } catch {
      return '[object Error]';
    }
  }

  // The text to print for an error: its stack when it has one, else "Name: message".
  // QuickJS stacks hold only the frames; give them the usual header line.
  function getStackString(ctx, err) {
    let stack;
    try { stack = err.stack; } catch { stack = undefined; }
    if (stack) {
      if (typeof stack !== 'string') return formatValue(ctx, stack);
      if (/^\s+at /.test(stack)) {
        return `${errorToString(err)}\n${stack.replace(/\n+$/, '')}`;
      }
      return stack;
    }
    return errorToString(err);
  }

  // Drop name/message/stack keys that the stack already shows.
  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (ctx.showHidden || keys.length === 0) return;
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1) {
        let v;
        try { v = err[name]; } catch { v = undefined; }
        if (typeof v !== 'string' || stack.includes(v)) keys.splice(index, 1);
      }
    }
  }

  // Make the first line name the class when it differs from `err.name`, e.g.
  // "MyError [TypeError]: msg" or "[Error: null prototype]".
  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (name.endsWith('Error') && stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prototype = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prototype) {
        if (prototype.includes(name)) {
          if (len === 0) stack = `${prototype}: ${stack}`;
          else stack = `${prototype}${stack.slice(len)}`;
        } else {
          stack = `${prototype} [${name}]${stack.slice(len)}`;
        }
      }
    }
    return stack;
  }

  // Longest run (> 3) of identical frames shared by both stacks.
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split('\n');
    let cause;
    try { cause = err.cause; } catch { /* ignore */ }
    if (cause != null && typeof cause === 'object' && isError(cause)) {
      const causeStack = getStackString(ctx, cause);
      const causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        const { len, offset } = identicalSequenceRange(frames, causeFrames);
        if (len > 0) {
          const skipped = len - 2;
          const msg = `    ... ${skipped} lines matching cause stack trace ...`;
          frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    return frames;
  }

  function isNodeInternalFrame(line) {
    return /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.test(line);
  }

  function colorFrame(ctx, line) {
    if (isNodeInternalFrame(line)) return ctx.stylize(line, 'undefined');
    let out = '';
    let last = 0;
    const re = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+?)(?=[/\\])/g;
    let m;
    while ((m = re.exec(line)) !== null) {
      out += line.slice(last, m.index + 14);
      out += ctx.stylize(m[1], 'module');
      last = m.index + m[0].length;
    }
    return last === 0 ? line : out + line.slice(last);
  }

  function formatError(err, constructor, tag, ctx, keys) {
    let name;
    let message;
    try { name = err.name != null ? String(err.name) : 'Error'; } catch { name = 'Error'; }
    try { message = err.message; } catch { message = undefined; }
    let stack = getStackString(ctx, err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);

    if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
    // Errors aggregated into an AggregateError.
    let errors;
    try { errors = err.errors; } catch { errors = undefined; }
    if (Array.isArray(errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

    stack = improveStack(stack, constructor, name, tag);

    // Skip the message when looking for the first frame: it may contain "\n    at".
    let pos = (message && typeof message === 'string' && stack.indexOf(message)) || -1;
    if (pos !== -1) pos += message.length;
    const stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      let newStack = stack.slice(0, stackStart);
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      if (ctx.colors) {
        for (const line of lines) newStack += `\n${colorFrame(ctx, line)}`;
      } else {
        newStack += `\n${lines.join('\n')}`;
      }
      stack = newStack;
    }
    if (ctx.indentationLvl !== 0) {
      stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
    }
    return stack;
  }

  return { formatError, isNodeInternalFrame };
};
