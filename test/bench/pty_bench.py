#!/usr/bin/env python3
"""
Timing in a real pseudo-terminal (80x24), for `npm run bench`:
  first-frame  ARGV...   time from fork to the first frame on the terminal (and to Ink's own frame),
                         against `node -e 0` from fork to exit, alternating, N runs each
  key-latency  ARGV...   Down arrow → the next full frame written, in a long list
  key-ready N  ARGV...   time from fork to the first key handled: Down sent as soon as the first frame is out, until
                         a frame shows the highlight moved (whatever draws it), against `node -e 0`, N runs each
  peak-rss     ARGV...   VmHWM of the app after a walk through a dialog, a list and a command
Prints one JSON object. The app is started with CI unset and HOME as given in the environment.
"""
import fcntl, json, os, pty, select, signal, statistics, struct, sys, termios, time

COLS, ROWS = 80, 24
# The legend's last item, in any language (Enter=Do, Enter=执行).
LEGEND_END = b'Enter='
# Ink ends every frame it writes to a terminal with "end synchronized update".
FRAME_END = b'\x1b[?2026l'


def spawn(argv):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', ROWS, COLS, 0, 0))
        env = dict(os.environ)
        env.pop('CI', None)
        os.execvpe(argv[0], argv, env)
    return pid, fd, t0


def read_until(fd, predicate, buf=b'', timeout=10.0):
    """Read from the pty until predicate(buf) holds; returns (buf, time it held)."""
    end = time.perf_counter() + timeout
    while not predicate(buf):
        left = end - time.perf_counter()
        if left <= 0:
            raise TimeoutError(buf[-400:])
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b''
            if not chunk:
                if predicate(buf):
                    break
                raise EOFError(buf[-400:])
            buf += chunk
    return buf, time.perf_counter()


def drain(fd, quiet=0.05):
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def finish(pid, fd, keys=b'\x1b[21~'):
    try:
        os.write(fd, keys)
        end = time.perf_counter() + 10
        while time.perf_counter() < end:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            drain(fd, 0.02)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)


def node_start():
    pid, fd, t0 = spawn(['node', '-e', '0'])
    try:
        read_until(fd, lambda b: False, timeout=10)
    except (EOFError, TimeoutError):
        pass
    os.waitpid(pid, 0)
    t = time.perf_counter()
    os.close(fd)
    return (t - t0) * 1000


def app_start(argv):
    pid, fd, t0 = spawn(argv)
    buf, first = read_until(fd, lambda b: LEGEND_END in b)
    # Ink draws the same frame again once it has loaded: the second legend.
    buf, ink = read_until(fd, lambda b: b.count(LEGEND_END) >= 2, buf)
    finish(pid, fd)
    return (first - t0) * 1000, (ink - t0) * 1000


def first_frame(argv, runs):
    node, app, ink = [], [], []
    for _ in range(2):  # warm the file cache
        node_start(); app_start(argv)
    for _ in range(runs):
        node.append(node_start())
        a, i = app_start(argv)
        app.append(a)
        ink.append(i)
    return {'node_ms': node, 'first_frame_ms': app, 'ink_frame_ms': ink}


INVERSE = b'\x1b[7m'


def highlights(buf):
    """The texts drawn in reverse video (the highlighted menu item), in order."""
    return [part.split(b'\x1b', 1)[0].strip() for part in buf.split(INVERSE)[1:]]


def key_ready_once(argv):
    pid, fd, t0 = spawn(argv)
    buf, _ = read_until(fd, lambda b: LEGEND_END in b)
    first = highlights(buf)[0]
    os.write(fd, b'\x1b[B')
    start = len(buf)
    buf, moved = read_until(fd, lambda b: any(h and h != first for h in highlights(b[start:])), buf)
    finish(pid, fd)
    return (moved - t0) * 1000


def key_ready(argv, runs):
    node, app = [], []
    for _ in range(2):
        node_start(); key_ready_once(argv)
    for _ in range(runs):
        node.append(node_start())
        app.append(key_ready_once(argv))
    return {'node_ms': node, 'key_ready_ms': app}


def cpu_seconds(pid):
    """CPU time of the main (JavaScript) thread; V8's compiler and GC threads are left out."""
    with open(f'/proc/{pid}/task/{pid}/stat') as stat:
        fields = stat.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def key_latency(argv, presses):
    pid, fd, _ = spawn(argv)
    buf, _ = read_until(fd, lambda b: b.count(LEGEND_END) >= 2)
    time.sleep(1.0)
    drain(fd)
    times, sizes = [], []
    cpu_before = cpu_seconds(pid)
    for i in range(presses + 5):
        t0 = time.perf_counter()
        os.write(fd, b'\x1b[B')
        out, t1 = read_until(fd, lambda b: FRAME_END in b, timeout=5)
        drain(fd, 0.06)  # also keeps presses apart (Ink's frame throttle is 33 ms)
        if i >= 5:
            times.append((t1 - t0) * 1000)
            sizes.append(len(out))
    cpu_ms = (cpu_seconds(pid) - cpu_before) * 1000 / (presses + 5)
    finish(pid, fd)
    return {'latency_ms': times, 'bytes_per_frame': sizes, 'cpu_ms_per_key': cpu_ms}


def peak_rss(argv, walk):
    pid, fd, _ = spawn(argv)
    buf, _ = read_until(fd, lambda b: b.count(LEGEND_END) >= 2)
    time.sleep(0.5)
    for keys, wait in walk:
        os.write(fd, keys.encode())
        time.sleep(wait)
        drain(fd, 0.05)
    with open(f'/proc/{pid}/status') as status:
        fields = dict(line.split(':', 1) for line in status)
    finish(pid, fd)
    return {'vmhwm_kb': int(fields['VmHWM'].split()[0]), 'vmrss_kb': int(fields['VmRSS'].split()[0])}


if __name__ == '__main__':
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == 'first-frame':
        print(json.dumps(first_frame(rest[1:], int(rest[0]))))
    elif mode == 'key-ready':
        print(json.dumps(key_ready(rest[1:], int(rest[0]))))
    elif mode == 'key-latency':
        print(json.dumps(key_latency(rest[1:], int(rest[0]))))
    elif mode == 'peak-rss':
        walk = json.loads(rest[0])
        print(json.dumps(peak_rss(rest[1:], walk)))
