#!/usr/bin/env python3
"""The REPL on a real terminal (a pseudo-terminal): line editing, history, multi-line input,
Ctrl+C and Ctrl+D, history kept across sessions. Usage: repl-tty-test.py <protojs>"""
import fcntl, os, pty, re, select, subprocess, sys, tempfile, termios, time

PROTOJS = sys.argv[1]
home = tempfile.mkdtemp()
env = dict(os.environ, HOME=home, TERM='xterm', NO_COLOR='1')
env.pop('NODE_REPL_HISTORY', None)
passed = failed = 0
UP, LEFT, CTRL_C, CTRL_D = '\x1b[A', '\x1b[D', '\x03', '\x04'


def check(name, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f'FAIL {name}\n  {detail}')


class Session:
    def __init__(self):
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen([PROTOJS], stdin=slave, stdout=slave, stderr=slave, env=env,
                                     close_fds=True, preexec_fn=self.controlling_terminal)
        os.close(slave)
        self.out = ''

    @staticmethod
    def controlling_terminal():
        # As in a real terminal session: the pty is the REPL's controlling terminal, so the
        # terminal's Ctrl+C becomes SIGINT when the line discipline is not in raw mode.
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    def read_until(self, pattern, timeout=5.0):
        """Reads output until `pattern` (a regex) matches what came after the last call."""
        start = len(self.out)
        end = time.time() + timeout
        while time.time() < end:
            seen = re.sub(r'\x1b\[[0-9;]*[A-Za-z]', '', self.out[start:])  # drop cursor/colour codes
            if re.search(pattern, seen):
                return seen
            r, _, _ = select.select([self.master], [], [], 0.05)
            if r:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    break
                if not data:
                    break
                self.out += data.decode('utf-8', 'replace')
        return None

    def send(self, keys, expect=r'> $'):
        os.write(self.master, keys.encode())
        return self.read_until(expect)

    def finish(self):
        try:
            return self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None


s = Session()
check('banner and prompt', s.read_until(r'> $') is not None, repr(s.out))
got = s.send('40 + 2\r')
check('evaluates a line', got is not None and '\n42' in got.replace('\r', ''), repr(got))
got = s.send(UP + '\r')
check('up arrow recalls the last line', got is not None and '40 + 2' in got and '42' in got, repr(got))
got = s.send("'ab'" + LEFT + 'c\r')
check('cursor movement edits in place', got is not None and "'abc'" in got.split('\n', 1)[-1], repr(got))
got = s.send('function g() {\r', expect=r'\.\.\. $')
check('incomplete code continues', got is not None, repr(s.out[-200:]))
got = s.send('return 7 }\r')
got = s.send('g()\r')
check('multi-line function defined', got is not None and '\n7' in got.replace('\r', ''), repr(got))
got = s.send('_ * 2\r')
check('_ holds the last result', got is not None and '14' in got, repr(got))
got = s.send('xyz' + CTRL_C)
check('Ctrl+C drops the line', got is not None and 'xyz is not defined' not in got, repr(got))
got = s.send(CTRL_C, expect=r'To exit, press Ctrl\+C again[\s\S]*> $')
check('Ctrl+C on an empty line explains how to exit', got is not None, repr(s.out[-200:]))
s.send(CTRL_D, expect=r'$^')
check('Ctrl+D exits with 0', s.finish() == 0)
hist_file = os.path.join(home, '.protojs_repl_history')
hist = open(hist_file).read().split('\n') if os.path.exists(hist_file) else []
check('history saved newest first', hist[:2] == ['_ * 2', 'g()'], repr(hist[:4]))

s = Session()
s.read_until(r'> $')
got = s.send(UP + UP, expect=r'> g\(\)$')
check('history survives the session', got is not None, repr(s.out[-200:]))
got = s.send('\r')
check('errors show without the REPL frames', got is not None and
      re.search(r"Uncaught ReferenceError: '?g'? is not defined\s*> $", got) is not None, repr(got))
s.send('.exit\r', expect=r'$^')
check('.exit exits with 0', s.finish() == 0)

s = Session()
s.read_until(r'> $')
s.send('process.exit(3)\r', expect=r'$^')
check('process.exit from the REPL keeps its code', s.finish() == 3)

s = Session()
s.read_until(r'> $')
os.write(s.master, b'while (true) {}\r')
time.sleep(0.5)
os.write(s.master, CTRL_C.encode())
check('Ctrl+C stops code that never returns', s.finish() == -2)

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
