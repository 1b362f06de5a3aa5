'use strict';
// Whether output to a stream should be coloured, as Node's internal/util/colors decides:
// FORCE_COLOR alone decides when set (its colour depth, as tty.getColorDepth() reads it,
// must exceed 2); otherwise only TTYs are coloured, by their colour depth when they report
// one.

function forcedColorDepth(value) {
  switch (value) {
    case '': case '1': case 'true': return 4;
    case '2': return 8;
    case '3': return 24;
    default: return 1;
  }
}

function shouldColorize(stream) {
  const env = (typeof process === 'object' && process !== null && process.env) || {};
  if (env.FORCE_COLOR !== undefined) return forcedColorDepth(env.FORCE_COLOR) > 2;
  return Boolean(stream?.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

module.exports = { shouldColorize };
