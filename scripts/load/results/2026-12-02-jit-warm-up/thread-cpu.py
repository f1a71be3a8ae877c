"""CPU per thread group (Jetty's qtp threads, C2 CompilerThread, GC Thread ...) in % of a CPU over time, from
thread-sampler.py's file. Usage: python3 thread-cpu.py OUT.txt [samples per line, default 2]."""
import sys, collections, re
rows = collections.OrderedDict(); names = {}
for line in open(sys.argv[1]):
    t, tid, ticks, comm = line.rstrip('\n').split('\t')
    rows.setdefault(float(t), {})[tid] = int(ticks); names[tid] = comm
ts = list(rows); step = int(sys.argv[2]) if len(sys.argv) > 2 else 2
def group(c): return re.sub(r'[-#]?\d+$', '', c)
for i in range(step, len(ts), step):
    t, prev = ts[i], ts[i - step]
    d = collections.Counter()
    for tid, v in rows[t].items(): d[group(names[tid])] += v - rows[prev].get(tid, 0)
    dt = t - prev
    print(f'{t:6.1f} total={sum(d.values())/dt:5.0f}%', ', '.join(f'{k}={v/dt:.0f}' for k, v in d.most_common(5) if v > 0))
