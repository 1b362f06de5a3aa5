'use strict';
// Unhandled promise rejections, Node's default mode ('throw'): after the microtask queue
// drains, each rejection still without a handler emits 'unhandledRejection'; with no listener
// it becomes an uncaught exception. A handler attached later emits 'rejectionHandled'.
const binding = internalBinding('timers');
const options = internalBinding('options');

const pending = [];                  // [promise, reason] in rejection order
const maybeUnhandled = new WeakMap(); // promise → { reason, warned }
let mode = 'throw';
for (const a of options.runtimeArgs) {
  if (a.startsWith('--unhandled-rejections=')) mode = a.slice(23);
}

function hasRejectionsToProcess() { return pending.length > 0; }

function absorb() {
  const events = binding.takeRejections();
  for (let i = 0; i < events.length; i++) {
    const [type, promise, reason] = events[i];
    if (type === 0) {
      maybeUnhandled.set(promise, { reason, warned: false });
      pending.push(promise);
    } else {
      const info = maybeUnhandled.get(promise);
      if (info !== undefined) {
        maybeUnhandled.delete(promise);
        if (info.warned) {
          process.nextTick(() => process.emit('rejectionHandled', promise));
        }
      }
    }
  }
}

function unhandledRejectionError(reason) {
  let text;
  try { text = require('internal/util/inspect').inspect(reason); } catch { text = String(reason); }
  const err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    `The promise rejected with the reason "${text}".`);
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

// Node's warning for an unhandled rejection in the warn modes: the reason, then the explanation.
let lastRejectionId = 0;
function emitUnhandledRejectionWarning(reason) {
  const isErrorLike = reason !== null && typeof reason === 'object' && typeof reason.stack === 'string';
  let text;
  try { text = isErrorLike ? reason.stack : String(reason); } catch { text = '[unprintable]'; }
  process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
  const warning = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, or by rejecting a promise which ' +
    'was not handled with .catch(). To terminate the node process on unhandled promise rejection, ' +
    'use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${++lastRejectionId})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  warning.stack = isErrorLike ? reason.stack : `${warning.name}: ${warning.message}`;
  process.emitWarning(warning);
}

// Returns true when it handled a rejection: handlers may have queued ticks or microtasks.
function processPromiseRejections() {
  absorb();
  let handledAny = false;
  while (pending.length > 0) {
    const promise = pending.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;  // handled in the meantime
    handledAny = true;
    info.warned = true;
    const { reason } = info;
    const { fatalException } = require('internal/process/execution');
    switch (mode) {
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn':
      case 'warn-with-error-code': {
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          emitUnhandledRejectionWarning(reason);
          if (mode === 'warn-with-error-code') process.exitCode = 1;
        }
        break;
      }
      case 'strict':
        fatalException(reason, 'unhandledRejection');
        break;
      default: {  // throw
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          const err = (reason instanceof Error) ? reason : unhandledRejectionError(reason);
          fatalException(err, 'unhandledRejection');
        }
      }
    }
    absorb();
  }
  return handledAny;
}

module.exports = { processPromiseRejections, hasRejectionsToProcess };
