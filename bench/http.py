#!/usr/bin/env python3
"""Server workloads: each bench/servers/*.js starts an HTTP server on 127.0.0.1 and prints its
port; wrk then loads it over loopback (keep-alive) and the server's peak RSS is read from
/proc/<pid>/status (VmHWM). Runtimes take turns (A B A B …) for `rounds` rounds; the table
gives median requests/second, the ratio to Node, and median peak RSS under load.

  http.py --runtime NAME=COMMAND … [--quick] [--rounds N] [--duration S] server.js …

A server that fails to start reports `n/a: <first error line>` and the run goes on. Load goes
only to 127.0.0.1, for a bounded time (warm-up 1 s + `--duration` s per round)."""
import argparse, os, re, shlex, statistics, subprocess, sys, time


def parse_header(path):
    rounds = {'rounds': 3, 'quick': 1}
    with open(path) as f:
        for line in f:
            m = re.match(r'\s*//\s*bench:\s*server(.*)', line)
            if m:
                for k, v in re.findall(r'(\w+)=(\d+)', m.group(1)):
                    rounds[k] = int(v)
                break
    return rounds


def start(cmd, script, cwd):
    """Starts the server; returns (process, port) or (None, first error line)."""
    proc = subprocess.Popen(shlex.split(cmd) + [script], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = ''
    deadline = time.time() + 10
    while time.time() < deadline:
        line = proc.stdout.readline()
        if line.strip().isdigit():
            return proc, int(line)
        if proc.poll() is not None:
            break
    proc.kill()
    err = proc.stderr.read() if proc.poll() is not None else ''
    first = next((l.strip() for l in err.splitlines()
                  if re.search(r'Error|ERR_|Cannot|not ', l)), line.strip() or 'no port printed')
    return None, first[:100]


def wrk(port, seconds, connections=50):
    out = subprocess.run(['wrk', '-t2', f'-c{connections}', f'-d{seconds}s', f'http://127.0.0.1:{port}/'],
                         capture_output=True, text=True, timeout=seconds + 30).stdout
    m = re.search(r'Requests/sec:\s*([\d.]+)', out)
    errors = re.search(r'Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)', out)
    return (float(m.group(1)) if m else 0.0), (errors.group(0) if errors else '')


def peak_rss_kb(pid):
    try:
        with open(f'/proc/{pid}/status') as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runtime', action='append', default=[], metavar='NAME=COMMAND')
    ap.add_argument('--quick', action='store_true')
    ap.add_argument('--rounds', type=int, default=0)
    ap.add_argument('--duration', type=int, default=5)
    ap.add_argument('--cwd', default=os.getcwd())
    ap.add_argument('servers', nargs='+')
    a = ap.parse_args()
    runtimes = [r.split('=', 1) for r in a.runtime if not r.startswith('qjs=')]  # qjs has no http
    names = [n for n, _ in runtimes]
    results = {}
    for script in a.servers:
        name = os.path.basename(script)[:-3]
        hdr = parse_header(script)
        rounds = a.rounds or (hdr['quick'] if a.quick else hdr['rounds'])
        res = {n: {'rps': [], 'rss': [], 'err': None, 'note': ''} for n in names}
        for r in range(rounds):
            order = names[r % len(names):] + names[:r % len(names)]
            for n in order:
                if res[n]['err']:
                    continue
                proc, port = start(dict(runtimes)[n], script, a.cwd)
                if proc is None:
                    res[n]['err'] = port
                    continue
                try:
                    wrk(port, 1)  # warm-up
                    rps, note = wrk(port, a.duration)
                    res[n]['rps'].append(rps)
                    res[n]['rss'].append(peak_rss_kb(proc.pid))
                    if note:
                        res[n]['note'] = note
                finally:
                    proc.kill()
                    proc.wait()
            print('.', end='', file=sys.stderr, flush=True)
        print(f' {name} done', file=sys.stderr)
        results[name] = res

    def cell(res, n, key, fmt):
        if res[n]['err']:
            return f'n/a: {res[n]["err"]}'
        vals = [v for v in res[n][key] if v is not None]
        return fmt(statistics.median(vals)) if vals else 'n/a'

    head = ' | '.join(f'{n}' for n in names)
    print('### HTTP under wrk (keep-alive, 50 connections, 2 threads; median of rounds)\n')
    print(f'| server | {head} | protojs/node | peak RSS: ' + ' | '.join(names) + ' |')
    print('|---|' + '---|' * (2 * len(names) + 1))
    for name, res in results.items():
        rps = [cell(res, n, 'rps', lambda v: f'{v:,.0f} req/s') for n in names]
        rss = [cell(res, n, 'rss', lambda v: f'{v / 1024:.1f} MB') for n in names]
        ratio = '—'
        if not res.get('protojs', {}).get('err') and not res.get('node', {}).get('err') \
                and res['protojs']['rps'] and res['node']['rps']:
            ratio = f"{statistics.median(res['protojs']['rps']) / statistics.median(res['node']['rps']):.2f}×"
        print(f'| {name} | ' + ' | '.join(rps) + f' | {ratio} | ' + ' | '.join(rss) + ' |')
    notes = [f'{name}/{n}: {res[n]["note"]}' for name, res in results.items() for n in names if res[n]['note']]
    if notes:
        print('\nwrk reported errors: ' + '; '.join(notes))
    print('\nwrk and the server share the same cores: compare ratios, not absolute rates.')


if __name__ == '__main__':
    main()
