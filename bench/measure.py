#!/usr/bin/env python3
"""Runs bench workloads under several runtimes, interleaved, and prints markdown tables.

Called by bench/run.sh, which finds the binaries and GNU time. Each workload file names its
run counts on a line like `// bench: runs=30 quick=5 plain` ("plain": plain ECMAScript, so the
bare qjs interpreter runs it too; without it qjs is skipped).

Per sample and runtime there are two runs of the same command:
  - a direct run: wall time by time.perf_counter(), user+sys CPU time from wait4()'s rusage.
    (Timing under GNU time would add its own fork+exec, several ms here: too much for
    startup; and its %e/%U have only 10 ms resolution.)
  - a run under GNU time -f %M for peak RSS. (wait4()'s ru_maxrss cannot be used: a child
    forked from python starts with python's RSS as its high-water mark.)
Runtimes are interleaved (A B C A B C …, the starting runtime rotating each round) so that
drift in machine load hits all of them alike. A warm-up run per runtime (not counted) fills
the page cache and checks the output: every runtime must print what the reference (node, or
the first runtime that succeeds) prints, so they are verified to compute the same thing.
A runtime that fails (exit code, timeout, other output) is reported as n/a with its first
error line, and the benchmark goes on.
"""
import argparse, json, os, re, shlex, statistics, subprocess, sys, tempfile, threading, time

TIMEOUT = 300  # seconds per run


def run_direct(cmd, cwd):
    """Returns (wall seconds, user+sys seconds, exit code, stdout, stderr).

    CPU time comes from wait4()'s rusage (microsecond resolution; time spent in the forked
    python before exec is negligible there, unlike its RSS)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        killer = threading.Timer(TIMEOUT, p.kill)
        killer.start()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        timed_out = not killer.is_alive()
        killer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if timed_out:
            raise subprocess.TimeoutExpired(cmd, TIMEOUT)
        out.seek(0)
        err.seek(0)
        return wall, ru.ru_utime + ru.ru_stime, p.returncode, \
            out.read().decode(errors='replace'), err.read().decode(errors='replace')


def run_gnu_time(gnu_time, cmd, cwd, tmpfile):
    """Returns (peak RSS KB, exit code, stdout, stderr) via GNU time."""
    p = subprocess.run([gnu_time, '-f', '%M', '-o', tmpfile, '--'] + cmd, cwd=cwd,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    with open(tmpfile) as f:
        last = f.read().strip().splitlines()[-1]  # "Command exited with non-zero status" precedes
    return int(last), p.returncode, p.stdout.decode(errors='replace'), p.stderr.decode(errors='replace')


def busy_seconds():
    """CPU seconds spent by everyone on this machine so far (all cores, from /proc/stat)."""
    with open('/proc/stat') as f:
        user, nice, system, idle, iowait, irq, softirq, steal = map(int, f.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf('SC_CLK_TCK')


def own_seconds():
    """CPU seconds used by this script and every runtime it ran."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def first_error(code, out, err):
    lines = [l.strip() for l in (err + '\n' + out).splitlines() if l.strip()]
    # Prefer a line that names an error over a stack frame or a source excerpt.
    for l in lines:
        if re.search(r'error|exception|not (defined|a function)|cannot|unknown', l, re.I):
            return l
    return lines[0] if lines else 'exit code %d' % code


def parse_header(path):
    spec = {'runs': 5, 'quick': 2, 'plain': False}
    with open(path) as f:
        for line in f:
            m = re.match(r'\s*//\s*bench:(.*)', line)
            if m:
                for tok in m.group(1).split():
                    k, _, v = tok.partition('=')
                    spec[k] = int(v) if v else True
                break
    return spec


def bench_workload(path, runtimes, args, tmpfile):
    spec = parse_header(path)
    n = args.runs or (spec['quick'] if args.quick else spec['runs'])
    names = [r for r in runtimes if spec['plain'] or r != 'qjs']
    res = {r: {'wall': [], 'rss': [], 'cpu': [], 'error': None} for r in names}

    # Warm-up + output check.
    outputs = {}
    for r in names:
        cmd = runtimes[r] + [path]
        try:
            _, _, code, out, err = run_direct(cmd, args.cwd)
        except subprocess.TimeoutExpired:
            res[r]['error'] = 'timeout (%d s)' % TIMEOUT
            continue
        if code != 0:
            res[r]['error'] = first_error(code, out, err)
        else:
            outputs[r] = out
    ref = 'node' if 'node' in outputs else next(iter(outputs), None)
    for r, out in outputs.items():
        if out != outputs[ref]:
            shown = (out.strip().splitlines() or ['(nothing)'])[0]
            res[r]['error'] = 'output differs from %s: %s' % (ref, shown)

    live = [r for r in names if res[r]['error'] is None]
    for i in range(n):
        order = live[i % len(live):] + live[:i % len(live)] if live else []
        for r in order:
            if res[r]['error']:
                continue
            cmd = runtimes[r] + [path]
            try:
                wall, cpu, code, out, err = run_direct(cmd, args.cwd)
                rss, code2, out2, err2 = (0, 0, out, err) if args.no_rss else \
                    run_gnu_time(args.gnu_time, cmd, args.cwd, tmpfile)
            except subprocess.TimeoutExpired:
                res[r]['error'] = 'timeout (%d s)' % TIMEOUT
                continue
            if code or code2:
                res[r]['error'] = first_error(code or code2, out or out2, err or err2)
                continue
            if out != outputs[r] or out2 != outputs[r]:
                res[r]['error'] = 'output changed between runs'
                continue
            res[r]['wall'].append(wall)
            res[r]['rss'].append(rss)
            res[r]['cpu'].append(cpu)
        print('.', end='', file=sys.stderr, flush=True)
    print(' %s done' % os.path.basename(path), file=sys.stderr)
    return n, res


def fmt_ms(s):
    ms = s * 1000
    return '%.1f ms' % ms if ms < 100 else '%.0f ms' % ms


def fmt_mb(kb):
    return '%.1f MB' % (kb / 1024)


def fmt_s(s):
    return '%.2f s' % s if s >= 1 else fmt_ms(s)


def table(title, key, fmt, results, runtimes, stat=statistics.median):
    cols = [r for r in runtimes if r != 'protojs']
    head = ['workload', 'runs', 'protojs']
    for c in cols:
        head += [c, 'protojs/' + c]
    lines = ['### ' + title, '', '| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
    for name, (n, res) in results.items():
        def cell(r):
            if r not in res:
                return None, '—'
            if res[r]['error']:
                return None, 'n/a: ' + res[r]['error'][:90].replace('|', '\\|')
            v = stat(res[r][key])
            return v, fmt(v)
        p, ptxt = cell('protojs')
        row = [name, str(n), ptxt]
        for c in cols:
            v, txt = cell(c)
            row += [txt, '%.2f×' % (p / v) if p is not None and v else '—']
        lines.append('| ' + ' | '.join(row) + ' |')
    return '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runtime', action='append', default=[], metavar='NAME=COMMAND',
                    help='a runtime and its command line (shell-quoted); protojs first')
    ap.add_argument('--gnu-time', default='/usr/bin/time')
    ap.add_argument('--quick', action='store_true', help='use each workload\'s quick= run count')
    ap.add_argument('--runs', type=int, default=0, help='override every workload\'s run count')
    ap.add_argument('--raw', help='also write every sample to this JSON file')
    ap.add_argument('--no-rss', action='store_true', help='skip the GNU time runs (no RSS table)')
    ap.add_argument('--cwd', default=os.getcwd())
    ap.add_argument('workloads', nargs='+')
    args = ap.parse_args()
    runtimes = {}
    for spec in args.runtime:
        name, _, cmd = spec.partition('=')
        runtimes[name] = shlex.split(cmd)

    fd, tmpfile = tempfile.mkstemp(prefix='bench-time-')
    os.close(fd)
    try:
        busy0, own0, t0 = busy_seconds(), own_seconds(), time.perf_counter()
        # The floor: what spawning any process costs from here on this machine.
        floor = statistics.median(run_direct(['/bin/true'], args.cwd)[0] for _ in range(20))
        results = {}
        for w in args.workloads:
            results[os.path.splitext(os.path.basename(w))[0]] = bench_workload(w, runtimes, args, tmpfile)
    finally:
        os.unlink(tmpfile)

    print(table('Wall time (median)', 'wall', fmt_ms, results, runtimes))
    print(table('Wall time (best run: least disturbed by other load)', 'wall', fmt_ms, results, runtimes, min))
    if not args.no_rss:
        print(table('Peak RSS (median)', 'rss', fmt_mb, results, runtimes))
    print(table('CPU time, user+sys (median)', 'cpu', fmt_s, results, runtimes))
    # Other processes compete for cores and caches: say how much they ran during the benchmark.
    others = max(0.0, (busy_seconds() - busy0) - (own_seconds() - own0))
    elapsed = time.perf_counter() - t0
    print('Process-spawn floor (`/bin/true`, median of 20): %s. Other processes used %.0f%% of '
          'the machine (%d cores) during these %.0f s%s.'
          % (fmt_ms(floor), 100 * others / (elapsed * os.cpu_count()), os.cpu_count(), elapsed,
             '' if others < 0.05 * elapsed * os.cpu_count() else ': numbers are disturbed'))
    if args.raw:
        with open(args.raw, 'w') as f:
            json.dump({w: {'runs': n, 'results': res} for w, (n, res) in results.items()}, f, indent=1)


if __name__ == '__main__':
    main()
