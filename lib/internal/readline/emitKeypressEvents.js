'use strict';
// readline.emitKeypressEvents(stream[, interface]): makes a readable stream emit 'keypress'
// (s, key) for its input, once something listens to 'keypress'. A lone ESC at the end of a
// chunk is emitted after interface.escapeCodeTimeout ms (500 without an interface) unless
// the rest of an escape sequence arrives first.

const { emitKeys, kEscape } = require('internal/readline/utils');
const { createUtf8Decoder } = require('internal/readline/decoder');

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');
const ESCAPE_CODE_TIMEOUT = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  stream[KEYPRESS_DECODER] = createUtf8Decoder();
  stream[ESCAPE_DECODER] = emitKeys(stream);
  stream[ESCAPE_DECODER].next();

  let timeoutId;
  const flushEscape = () => stream[ESCAPE_DECODER].next('');

  function onData(input) {
    if (stream.listenerCount('keypress') <= 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const decoded = stream[KEYPRESS_DECODER].write(input);
    if (!decoded) return;
    const string = Array.from(decoded);  // code points
    clearTimeout(timeoutId);
    let escapeTimeout = ESCAPE_CODE_TIMEOUT;
    if (iface) {
      iface._sawKeyPress = string.length === 1;
      if (iface.escapeCodeTimeout !== undefined) escapeTimeout = iface.escapeCodeTimeout;
    }
    for (let i = 0; i < string.length; i++) {
      // A tab followed by more input in the same chunk is pasted text, not a completion request.
      if (string[i] === '\t' && typeof string[i + 1] === 'string' && iface) iface.isCompletionEnabled = false;
      try {
        stream[ESCAPE_DECODER].next(string[i]);
        if (string[i] === kEscape && i + 1 === string.length) {
          timeoutId = setTimeout(flushEscape, escapeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw: restart the decoder so later input still decodes.
        stream[ESCAPE_DECODER] = emitKeys(stream);
        stream[ESCAPE_DECODER].next();
        throw err;
      } finally {
        if (iface) iface.isCompletionEnabled = true;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
