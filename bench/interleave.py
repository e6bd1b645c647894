"""Times commands in turn, round after round (the first command, then the second, ... then the first again), so a
machine whose speed drifts within minutes slows every command alike; hyperfine runs each command's runs together.
Prints each command's median wall time and, for every command after the first, the median of the rounds' own ratios
of the first command's time to its time.
  python3 bench/interleave.py ROUNDS NAME1 'CMD1' NAME2 'CMD2' ...   (commands split on white space, no shell)"""
import statistics
import subprocess
import sys
import time

rounds = int(sys.argv[1])
pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
times = {name: [] for name, _ in pairs}
for name, cmd in pairs:  # one warm-up each
    subprocess.run(cmd.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(rounds):
    for name, cmd in pairs:
        start = time.perf_counter()
        subprocess.run(cmd.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[name].append((time.perf_counter() - start) * 1000)
first = pairs[0][0]
parts = [f"{name} {statistics.median(times[name]):.1f} ms" for name, _ in pairs]
ratios = [f"{first}/{name} {statistics.median(a / b for a, b in zip(times[first], times[name])):.2f}x"
          for name, _ in pairs[1:]]
print(f"  interleaved, {rounds} rounds: " + ", ".join(parts) + ("; median of the rounds' ratios " + ", ".join(ratios) if ratios else ""))
