'use strict';
// node:net differential: the order of events on both ends for a normal exchange, a reset, a
// refused connection, a destroyed-while-connecting socket, a timeout and a dropped connection.
const net = require('net');

const log = [];
const tag = (name, emitter, events) => {
  for (const ev of events) {
    emitter.on(ev, (...args) => {
      const a = args.map((x) => (x instanceof Error ? `${x.code}:${x.syscall || ''}`
        : typeof x === 'boolean' ? x : Buffer.isBuffer(x) ? x.toString() : typeof x));
      log.push(`${name} ${ev} ${a.join(' ')}`.trim());
    });
  }
};
const SOCKET_EVENTS = ['connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout'];
// Calls done() after n calls.
const after = (n, done) => () => { if (--n === 0) done(); };

const scenarios = [
  function exchange(next) {
    let server = null;
    const closed = after(2, () => server.close(next));
    server = net.createServer((s) => {
      tag('server-socket', s, SOCKET_EVENTS);
      s.on('data', (d) => s.end(`echo:${d}`));
      s.on('close', closed);
    });
    tag('server', server, ['listening', 'close']);
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      tag('client', c, SOCKET_EVENTS);
      c.write('hi');
      c.on('close', closed);
    });
  },
  function reset(next) {
    let server = null;
    const closed = after(2, () => server.close(next));
    server = net.createServer((s) => {
      tag('server-socket', s, SOCKET_EVENTS);
      s.on('data', () => s.resetAndDestroy());
      s.on('close', closed);
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write('x'));
      tag('client', c, SOCKET_EVENTS);
      c.on('close', closed);
    });
  },
  function refused(next) {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => {
        const c = net.connect(port, '127.0.0.1');
        tag('client', c, SOCKET_EVENTS);
        c.on('close', () => next());
      });
    });
  },
  function destroyedWhileConnecting(next) {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      tag('client', c, SOCKET_EVENTS);
      c.destroy();
      c.on('close', () => server.close(next));
    });
  },
  function timeout(next) {
    const server = net.createServer((s) => s.resume());
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      tag('client', c, SOCKET_EVENTS);
      c.setTimeout(30, () => c.destroy());
      c.on('close', () => server.close(next));
    });
  },
  function dropped(next) {
    const server = net.createServer({ pauseOnConnect: true });
    server.maxConnections = 0;
    tag('server', server, ['connection', 'drop']);
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      tag('client', c, ['connect', 'end', 'close']);
      c.resume();
      c.on('close', () => server.close(next));
    });
  },
  function endBeforeConnect(next) {
    let server = null;
    const closed = after(2, () => server.close(next));
    server = net.createServer((s) => {
      tag('server-socket', s, SOCKET_EVENTS);
      s.resume();
      s.on('close', closed);
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      tag('client', c, SOCKET_EVENTS);
      c.end('early');
      c.resume();
      c.on('close', closed);
    });
  },
];

(function run(i) {
  if (i === scenarios.length) return;
  log.length = 0;
  scenarios[i](() => {
    // Events of the two ends interleave as the kernel delivers them: compare each end's own order.
    const ends = {};
    for (const line of log) (ends[line.split(' ')[0]] ||= []).push(line);
    console.log(`== ${scenarios[i].name}`);
    for (const name of Object.keys(ends).sort()) console.log(ends[name].join('\n'));
    run(i + 1);
  });
})(0);
