'use strict';
// Terminal size changes (SIGWINCH): every tty.WriteStream of stdout/stderr re-reads its size
// and emits 'resize'. One unref'd signal handle serves them all; it never keeps the process
// alive.

const watched = [];
let handle;

function watch(stream) {
  watched.push(stream);
  if (handle !== undefined) return;
  const { Signal } = internalBinding('signal_wrap');
  const { signals } = internalBinding('process');
  handle = new Signal();
  handle.onsignal = () => {
    for (const s of watched) if (s._handle) s._refreshSize();
  };
  if (handle.start(signals.SIGWINCH) === 0) handle.unref();
}

module.exports = { watch };
