'use strict';
// process.on('SIGINT' | 'SIGTERM' | …): the first listener for a signal starts an unref'd
// signal handle (listening never keeps the process alive); each delivery emits the event with
// the signal's name and number. Removing the last listener closes the handle, and libuv then
// restores the default action (SIGINT/SIGTERM terminate the process). Names that are not
// signals (or not signals of this platform) are ordinary events, as in Node.

const { signals } = internalBinding('process');
const handles = new Map();  // signal name → Signal handle

function isSignal(type) {
  return typeof type === 'string' && type.startsWith('SIG') &&
    Object.prototype.hasOwnProperty.call(signals, type);
}

function startListening(type) {
  if (!isSignal(type) || handles.has(type)) return;
  const { Signal } = internalBinding('signal_wrap');
  const handle = new Signal();
  handle.unref();
  handle.onsignal = (signum) => process.emit(type, type, signum);
  const err = handle.start(signals[type]);
  if (err !== 0) {
    handle.close();
    const { errnoException } = require('internal/errors');
    throw errnoException(err, 'uv_signal_start');
  }
  handles.set(type, handle);
}

function stopListening(type) {
  const handle = handles.get(type);
  if (handle === undefined || process.listenerCount(type) !== 0) return;
  handles.delete(type);
  handle.close();
}

function setupSignalHandlers(process) {
  process.on('newListener', startListening);
  process.on('removeListener', stopListening);
}

module.exports = { setupSignalHandlers };
