"""Writes every thread's CPU time (ticks) of the running `where-ai.jar serve` twice a second, as
"seconds<TAB>tid<TAB>ticks<TAB>name" lines, until the process ends. Usage: python3 thread-sampler.py OUT.txt &
(start it before scripts/load/slack-load.sh --targets where-ai)."""
import os, sys, time, glob, subprocess
out = open(sys.argv[1], 'w')
pid = None
for _ in range(3000):
    r = subprocess.run(['pgrep', '-f', 'where-ai.jar serve'], capture_output=True, text=True).stdout.split()
    if r: pid = r[0]; break
    time.sleep(0.1)
if not pid: sys.exit(1)
t0 = time.time()
while os.path.exists(f'/proc/{pid}'):
    now = time.time() - t0
    for t in glob.glob(f'/proc/{pid}/task/*/stat'):
        try: s = open(t).read()
        except OSError: continue
        comm = s[s.index('(') + 1:s.rindex(')')]
        f = s[s.rindex(')') + 2:].split()
        out.write(f'{now:.2f}\t{t.split("/")[4]}\t{int(f[11]) + int(f[12])}\t{comm}\n')
    out.flush()
    time.sleep(0.5)
