'use strict';
// process.stdin / stdout / stderr: created on first access of the getters that
// lib/internal/process/object.js installs (lib/internal/process/stdio_streams.js builds them as
// Node does on Linux). Until a program touches process.stdout/stderr, the
// global console writes through a small synchronous writer instead, so that a plain
// console.log does not load the stream machinery. Both write synchronously to the same
// descriptor, so output keeps its order when the real stream appears.

const EventEmitter = require('events');

const binding = internalBinding('stdio');
const names = ['stdin', 'stdout', 'stderr'];
const streams = [];
const early = [];

function getStdio(fd) {
  if (streams[fd] === undefined) {
    streams[fd] = require('internal/process/stdio_streams').createStdioStream(fd);
  }
  return streams[fd];
}

let ttyColors;
class EarlyWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    if (binding.guessHandleType(fd) === 'TTY') this.isTTY = true;
    this.broken = null;
  }

  get columns() {
    if (!this.isTTY) return undefined;
    const size = binding.getWindowSize(this.fd);
    return size ? size[0] : undefined;
  }

  getColorDepth(env) {
    ttyColors ??= require('internal/tty');
    return this.isTTY ? ttyColors.getColorDepth(env) : 1;
  }

  hasColors(count, env) {
    ttyColors ??= require('internal/tty');
    return this.isTTY ? ttyColors.hasColors(count, env) : false;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') cb = encoding;
    let err = this.broken;
    if (err === null) {
      try {
        if (typeof chunk === 'string') binding.writeString(this.fd, chunk);
        else binding.writeBytes(this.fd, chunk);
      } catch (e) {
        err = e;
        if (e && e.code === 'EPIPE') this.broken = e;
      }
    }
    // As a destroyed stdout would: the error goes to the callback (console ignores it).
    if (typeof cb === 'function') process.nextTick(cb, err);
    return err === null;
  }
}

// The stream the global console writes to for fd 1 or 2.
function consoleStream(fd) {
  if (streams[fd] !== undefined) return streams[fd];
  const desc = Object.getOwnPropertyDescriptor(process, names[fd]);
  const { stdioGetters } = require('internal/process/object');
  if (desc === undefined || desc.get !== stdioGetters[fd]) return process[names[fd]];
  early[fd] ??= new EarlyWriter(fd);
  return early[fd];
}

module.exports = { getStdio, consoleStream };
