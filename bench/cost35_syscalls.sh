#!/bin/sh
# System calls and CPU a link of linkcheck's mix run at 0 ms, two trees alternated (cost35).
# Usage (from the worktree): unshare -rn sh -c 'ip link set lo up; sh bench/cost35_syscalls.sh SRC_A SRC_B PAIRS STRACE'
# SRC_A/SRC_B: the trees' src directories; STRACE=1 runs linkcheck under `strace -c -f` (counts in /tmp/cost35_sc_*),
# STRACE=0 without (CPU a link). Prints each run's line and, with strace, the counts of the main calls.
A=$1; B=$2; PAIRS=${3:-3}; STRACE=${4:-1}
for i in $(seq 1 "$PAIRS"); do
  for side in A B; do
    if [ "$side" = A ]; then SRC=$A; else SRC=$B; fi
    out=/tmp/cost35_sc_${side}_$i.txt
    if [ "$STRACE" = 1 ]; then
      CMD="strace -c -f -o $out /work/venv/bin/python -m linkcheck"
    else
      CMD="/work/venv/bin/python -m linkcheck"
    fi
    echo "== pair $i side $side ($SRC) load $(cut -d' ' -f1 /proc/loadavg)"
    PYTHONPATH=$SRC /work/venv/bin/python bench/throughput.py --cases mix --latency 0 --n 10000 --reps 1 \
      --tools linkcheck --linkcheck "$CMD" 2>&1 | grep -E "rep0"
    if [ "$STRACE" = 1 ]; then
      grep -E " (futex|poll|recvfrom|sendto|ioctl|setsockopt|total)$" "$out"
    fi
  done
done
