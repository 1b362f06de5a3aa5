'use strict';
// Error formatting for util.inspect: the stack (with "Name [tag]" fix-ups), indentation of
// nested stacks, removal of frames shared with `cause`, collapsing of repeated frames, and
// colouring of frames (core frames grey, node_modules names underlined, the cwd grey).
// Exported as a factory so inspect.js can hand in its own helpers without a require cycle.

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function errorToString(err) {
  return Error.prototype.toString.call(err);
}

const { has: builtinExists } = internalBinding('builtins');

// A stack frame in one of the runtime's own modules ("    at f (node:internal/x:1:2)").
function isNodeInternalFrame(line) {
  const core = coreModuleRegExp.exec(line);
  return core !== null && builtinExists(core[1]);
}

// Longest run (> 3) of identical frames shared by both stacks: [length, offset in a].
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return [len, i];
      }
    }
  }
  return [0, 0];
}

// Repeated blocks of frames (deep recursion) as flat [offset, length, repetitions] triples:
// the repetitions of the block that starts `length` frames before `offset` are collapsed.
function getDuplicateErrorFrameRanges(frames) {
  const result = [];
  const lineToPositions = new Map();
  for (let i = 0; i < frames.length; i++) {
    const positions = lineToPositions.get(frames[i]);
    if (positions === undefined) lineToPositions.set(frames[i], [i]);
    else positions.push(i);
  }
  const minimumDuplicateRange = 3;
  if (frames.length - lineToPositions.size <= minimumDuplicateRange) return result;

  for (let i = 0; i < frames.length - minimumDuplicateRange; i++) {
    const positions = lineToPositions.get(frames[i]);
    if (positions.length === 1 || positions[positions.length - 1] === i) continue;
    const current = positions.indexOf(i) + 1;
    if (current === positions.length) continue;
    // Largest possible block, narrowed below.
    let range = positions[positions.length - 1] - i;
    if (range < minimumDuplicateRange) continue;
    let extraSteps;
    if (current + 1 < positions.length) {
      // Start with the greatest common divisor of the distances to the later occurrences:
      // usually the true block size. The other candidates are tried if it does not repeat.
      let gcdRange = 0;
      for (let j = current; j < positions.length; j++) {
        let distance = positions[j] - i;
        while (distance !== 0) {
          const remainder = gcdRange % distance;
          if (gcdRange !== 0) {
            extraSteps ??= new Set();
            extraSteps.add(gcdRange);
          }
          gcdRange = distance;
          distance = remainder;
        }
        if (gcdRange === 1) break;
      }
      range = gcdRange;
      if (extraSteps) {
        extraSteps.delete(range);
        extraSteps = [...extraSteps];
      }
    }
    let maxRange = range;
    let maxDuplicates = 0;
    let duplicateRanges = 0;
    for (let nextStart = i + range; ; nextStart += range) {
      let equalFrames = 0;
      for (let j = 0; j < range; j++) {
        if (frames[i + j] !== frames[nextStart + j]) break;
        equalFrames++;
      }
      if (equalFrames !== range) {
        if (!extraSteps?.length) break;
        // Remember this block size in case the next candidate hides fewer frames.
        if (duplicateRanges !== 0 && maxRange * maxDuplicates < range * duplicateRanges) {
          maxRange = range;
          maxDuplicates = duplicateRanges;
        }
        range = extraSteps.pop();
        nextStart = i;
        duplicateRanges = 0;
        continue;
      }
      duplicateRanges++;
    }
    if (maxDuplicates !== 0 && maxRange * maxDuplicates >= range * duplicateRanges) {
      range = maxRange;
      duplicateRanges = maxDuplicates;
    }
    if (duplicateRanges * range >= 3) {
      result.push(i + range, range, duplicateRanges);
      i += range * (duplicateRanges + 1) - 1;
    }
  }
  return result;
}

// Underlines the package name after each "/node_modules/" path segment.
function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  while (true) {
    const nodeModulePosition = line.indexOf('node_modules', searchFrom);
    if (nodeModulePosition === -1) break;
    const separator = line[nodeModulePosition - 1];
    const after = line[nodeModulePosition + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = nodeModulePosition + 1;
      continue;
    }
    const moduleStart = nodeModulePosition + 13;
    tempLine += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (moduleEnd === -1) {
      moduleEnd = line.length;
    } else if (line[moduleStart] === '@') {
      // Scoped packages: @scope/name.
      moduleEnd = line.indexOf(separator, moduleEnd + 1);
      if (moduleEnd === -1) moduleEnd = line.length;
    }
    tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  return lastPos !== 0 ? tempLine + line.slice(lastPos) : line;
}

// Greys out the working directory part of a frame (with its "(" and the closing ")").
function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let cwdLength = workingDirectory.length;
  if (cwdStartPos === -1) return line;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
  const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
  let tempLine = line.slice(0, start);
  tempLine += ctx.stylize(line.slice(start, workingDirectoryEndPos), 'undefined');
  tempLine += line.slice(workingDirectoryEndPos, end);
  if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  return tempLine;
}

function safeGetCWD() {
  try { return process.cwd(); } catch { return undefined; }
}

function pathToFileUrlHref(path) {
  return `file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`;
}

module.exports = function makeErrorFormatter({ getPrefix, formatValue, isError }) {
  // The text to print for an error: its stack when it has one, else "Name: message".
  // A stack that is not a string is inspected below that line.
  function getStackString(ctx, err) {
    let stack;
    try { stack = err.stack; } catch { /* a throwing getter is ignored */ }
    if (stack) {
      if (typeof stack === 'string') return stack;
      ctx.seen.push(err);
      ctx.indentationLvl += 4;
      const result = formatValue(ctx, stack);
      ctx.indentationLvl -= 4;
      ctx.seen.pop();
      return `${errorToString(err)}\n    ${result}`;
    }
    return errorToString(err);
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split('\n');
    let cause;
    try { ({ cause } = err); } catch { /* a throwing getter is ignored */ }
    // Replace the frames also found in the cause's stack.
    if (cause != null && isError(cause)) {
      const causeStack = getStackString(ctx, cause);
      const causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        const [len, offset] = identicalSequenceRange(frames, causeFrames);
        if (len > 0) {
          const skipped = len - 2;
          const msg = `    ... ${skipped} lines matching cause stack trace ...`;
          frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    // Collapse frames repeated by recursion.
    if (frames.length > 10) {
      const ranges = getDuplicateErrorFrameRanges(frames);
      for (let i = ranges.length - 3; i >= 0; i -= 3) {
        const offset = ranges[i];
        const length = ranges[i + 1];
        const duplicateRanges = ranges[i + 2];
        const msg = `    ... collapsed ${length * duplicateRanges} duplicate lines matching above ` +
          (duplicateRanges > 1 ? `${length} lines ${duplicateRanges} times...` : 'lines ...');
        frames.splice(offset, length * duplicateRanges, ctx.stylize(msg, 'undefined'));
      }
    }
    return frames;
  }

  // Make the first line name the class when it differs from `err.name`, e.g.
  // "MyError [TypeError]: msg" or "[Error: null prototype]".
  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (typeof name !== 'string') {
      stack = stack.replace(`${name}`,
        `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
    }
    if (constructor === null ||
        (String.prototype.endsWith.call(name, 'Error') &&
         stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback ||= 'Error';
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.includes(name)) {
          if (len === 0) stack = `${prefix}: ${stack}`;
          else stack = `${prefix}${stack.slice(len)}`;
        } else {
          stack = `${prefix} [${name}]${stack.slice(len)}`;
        }
      }
    }
    return stack;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    let message;
    let name;
    let stack;
    try {
      stack = getStackString(ctx, err);
    } catch {
      return Object.prototype.toString.call(err);
    }
    let messageIsGetterThatThrows = false;
    try { message = err.message; } catch { messageIsGetterThatThrows = true; }
    let nameIsGetterThatThrows = false;
    try { name = err.name; } catch { nameIsGetterThatThrows = true; }

    // The stack already shows the name and the message: do not list them again.
    if (!ctx.showHidden && keys.length !== 0) {
      const index = keys.indexOf('stack');
      if (index !== -1) keys.splice(index, 1);
      if (!messageIsGetterThatThrows) {
        const i = keys.indexOf('message');
        if (i !== -1 && (typeof message !== 'string' || stack.includes(message))) keys.splice(i, 1);
      }
      if (!nameIsGetterThatThrows) {
        const i = keys.indexOf('name');
        if (i !== -1 && (typeof name !== 'string' || stack.includes(name))) keys.splice(i, 1);
      }
    }
    name ??= 'Error';

    if (Object.prototype.hasOwnProperty.call(err, 'cause') &&
        (keys.length === 0 || !keys.includes('cause'))) {
      keys.push('cause');
    }
    // Errors aggregated into an AggregateError.
    try {
      const errors = err.errors;
      if (Array.isArray(errors) && Object.prototype.hasOwnProperty.call(err, 'errors') &&
          (keys.length === 0 || !keys.includes('errors'))) {
        keys.push('errors');
      }
    } catch { /* a throwing getter is ignored */ }

    stack = improveStack(stack, constructor, name, tag);

    // Skip the message when looking for the first frame: it may contain "\n    at".
    let pos = (message && stack.indexOf(message)) || -1;
    if (pos !== -1) pos += message.length;
    const stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      let newStack = stack.slice(0, stackStart);
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      if (ctx.colors) {
        const workingDirectory = safeGetCWD();
        let esmWorkingDirectory;
        for (let line of lines) {
          if (isNodeInternalFrame(line)) {
            newStack += `\n${ctx.stylize(line, 'undefined')}`;
            continue;
          }
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              esmWorkingDirectory ??= pathToFileUrlHref(workingDirectory);
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          newStack += `\n${line}`;
        }
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
