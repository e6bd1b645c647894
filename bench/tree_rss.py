#!/usr/bin/env python3
"""Runs a command and prints "wall_s user_s sys_s peak_sum_mb peak_max_mb processes exit": wall time, CPU of the
command and every process it waited for, and the peak resident memory of its process tree, summed over the processes
(each one's VmHWM, sampled every 5 ms from /proc until it exits) and the largest single one (getrusage).
Used for builds that start worker processes, whose memory /usr/bin/time's %M (the largest process) understates.
  python3 bench/tree_rss.py brief build --content many500 --out out"""
import os, subprocess, sys, time

def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []

def hwm(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

start = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peaks = {}
while True:
    done, status, usage = os.wait4(proc.pid, os.WNOHANG)
    if done:
        break
    todo = [proc.pid]
    while todo:
        pid = todo.pop()
        peaks[pid] = max(peaks.get(pid, 0), hwm(pid))
        todo.extend(children(pid))
    time.sleep(0.005)
wall = time.monotonic() - start
exit_code = os.waitstatus_to_exitcode(status)
print(f"{wall:.3f} {usage.ru_utime:.3f} {usage.ru_stime:.3f} {sum(peaks.values()) / 1024:.0f} {usage.ru_maxrss / 1024:.0f} {len(peaks)} {exit_code}")
