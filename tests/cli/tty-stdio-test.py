#!/usr/bin/env python3
"""process.stdin/stdout, node:tty and readline on a real terminal (a pseudo-terminal), each
script run under protojs and under node 24: the bytes the terminal receives must be the same.
Usage: tty-stdio-test.py <protojs> <node24>"""
import fcntl, os, pty, select, signal, struct, subprocess, sys, termios, time

PROTOJS, NODE = sys.argv[1], sys.argv[2]
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'tty')
env = dict(os.environ, TERM='xterm-256color')
for k in ('NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS', 'COLORTERM', 'TMUX', 'CI'):
    env.pop(k, None)
passed = failed = 0


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))


class Run:
    def __init__(self, binary, script):
        self.master, slave = pty.openpty()
        set_size(slave, 100, 30)
        self.proc = subprocess.Popen([binary, os.path.join(FIXTURES, script)], stdin=slave,
                                     stdout=slave, stderr=slave, env=env, close_fds=True,
                                     start_new_session=True)
        os.close(slave)
        self.out = b''

    def read_until(self, needle, timeout=10.0):
        end = time.time() + timeout
        while needle.encode() not in self.out and time.time() < end:
            r, _, _ = select.select([self.master], [], [], 0.05)
            if r:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    return
                if not data:
                    return
                self.out += data

    def send(self, keys, then=None):
        os.write(self.master, keys.encode())
        if then:
            self.read_until(then)

    def finish(self, timeout=10.0):
        self.read_until('\0never\0', timeout=0.2)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = 'hung'
        self.read_until('\0never\0', timeout=0.2)
        os.close(self.master)
        return self.out.decode('utf-8', 'replace'), code


def compare(name, script, steps):
    """steps(run) drives one run; the outputs and exit codes of both runtimes must be equal."""
    global passed, failed
    results = []
    for binary in (NODE, PROTOJS):
        run = Run(binary, script)
        steps(run)
        results.append(run.finish())
    if os.environ.get('VERBOSE'):
        print(name, repr(results[1]))
    if results[0] == results[1]:
        passed += 1
    else:
        failed += 1
        print(f'FAIL {name}\n  node:    {results[0]!r}\n  protojs: {results[1]!r}')


compare('stdio properties on a terminal', 'props.js', lambda r: None)
compare('raw mode delivers keys at once', 'raw.js', lambda r: (r.read_until('ready'), r.send('a')))
compare('keypress events', 'keypress.js',
        lambda r: (r.read_until('ready'), r.send('x', 'key'), r.send('\x1b[A', 'up'), r.send('\x01', ' a '),
                   r.send('q')))
compare('cursor control', 'cursor.js', lambda r: None)


def question(r):
    r.read_until('Name? ')
    r.send('Ad', 'Ad')
    r.send('\x7f', '\x1b[')      # backspace redraws
    r.send('da\r', 'cmd> ')
    r.send('one\r', 'cmd> ')
    r.send('two\r', 'cmd> ')
    r.send('\x1b[A', 'two')      # history: previous line
    r.send('\x1b[D\x1b[DX', 'X')  # edit in the middle
    r.send('\r', 'cmd> ')
    r.send('quit\r')


compare('readline question, editing and history', 'question.js', question)


def resize(r):
    r.read_until('ready')
    set_size(r.master, 120, 40)
    os.killpg(r.proc.pid, signal.SIGWINCH)


compare('SIGWINCH emits resize', 'resize.js', resize)

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
