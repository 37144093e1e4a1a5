#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the /proc, /sys and /etc fixture trees that tst_machineinfo reads.

Each case is described by hand below; the expected values in tst_machineinfo.cpp follow from these
descriptions, not from running the reader. Re-run after editing: python3 generate.py
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def cpulist(cpus):
    cpus = sorted(cpus)
    parts, i = [], 0
    while i < len(cpus):
        j = i
        while j + 1 < len(cpus) and cpus[j + 1] == cpus[j] + 1:
            j += 1
        parts.append(str(cpus[i]) if i == j else f"{cpus[i]}-{cpus[j]}")
        i = j + 1
    return ",".join(parts)


def cpu(root, n, package, core, caches=(), die=0, topology=True):
    base = f"sys/devices/system/cpu/cpu{n}"
    if topology:
        write(root, f"{base}/topology/physical_package_id", f"{package}\n")
        write(root, f"{base}/topology/core_id", f"{core}\n")
        write(root, f"{base}/topology/die_id", f"{die}\n")
    for index, cache in enumerate(caches):
        for key, value in cache.items():
            write(root, f"{base}/cache/index{index}/{key}", f"{value}\n")
    # Real kernels have cpuN/online for every CPU but cpu0; it also keeps the folder in git.
    write(root, f"{base}/online", "1\n")


def cache(level, type_, size, shared, line=64):
    return {"level": level, "type": type_, "size": size, "coherency_line_size": line,
            "shared_cpu_list": cpulist(shared)}


def cpuinfo(model, entries):
    blocks = []
    for n, package, core in entries:
        lines = [f"processor\t: {n}", "vendor_id\t: GenuineIntel", f"model name\t: {model}"]
        if package is not None:
            lines += [f"physical id\t: {package}", f"core id\t\t: {core}"]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks) + "\n"


def common(root, model, entries, mem_kb, os_name="Debian GNU/Linux 12 (bookworm)", release="6.1.0-18-amd64"):
    write(root, "proc/cpuinfo", cpuinfo(model, entries))
    write(root, "proc/meminfo", f"MemTotal:       {mem_kb} kB\nMemFree:        1000 kB\n")
    write(root, "proc/sys/kernel/ostype", "Linux\n")
    write(root, "proc/sys/kernel/osrelease", release + "\n")
    if os_name:
        write(root, "etc/os-release", f'PRETTY_NAME="{os_name}"\nNAME="Something"\n')


def vm2(root):
    # A typical 2-vCPU cloud VM: no /sys/devices/system/node, private L1/L2, shared L3.
    common(root, "AMD EPYC 7B13", [(0, 0, 0), (1, 0, 1)], 4026532)
    write(root, "sys/devices/system/cpu/online", "0-1\n")
    for n in (0, 1):
        cpu(root, n, 0, n, [cache(1, "Data", "32K", [n]), cache(1, "Instruction", "32K", [n]),
                            cache(2, "Unified", "512K", [n]), cache(3, "Unified", "32768K", [0, 1])])


def numa2(root):
    # Two sockets, two cores each, two hyper-threads per core; Intel-style numbering:
    # cpu0,1 = package 0 cores 0,1; cpu2,3 = package 1 cores 0,1; cpu4-7 their siblings.
    common(root, "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz",
           [(n, (n // 2) % 2, n % 2) for n in range(8)], 16384000)
    write(root, "sys/devices/system/cpu/online", "0-7\n")
    for n in range(8):
        package, core = (n // 2) % 2, n % 2
        siblings = [n % 4, n % 4 + 4]
        package_cpus = [c for c in range(8) if (c // 2) % 2 == package]
        cpu(root, n, package, core, [cache(1, "Data", "32K", siblings), cache(1, "Instruction", "32K", siblings),
                                     cache(2, "Unified", "1024K", siblings),
                                     cache(3, "Unified", "22528K", package_cpus)])
    write(root, "sys/devices/system/node/node0/cpulist", "0-1,4-5\n")
    write(root, "sys/devices/system/node/node0/meminfo",
          "Node 0 MemTotal:        8192000 kB\nNode 0 MemFree:         100 kB\n")
    write(root, "sys/devices/system/node/node1/cpulist", "2-3,6-7\n")
    write(root, "sys/devices/system/node/node1/meminfo",
          "Node 1 MemTotal:        8192000 kB\nNode 1 MemFree:         100 kB\n")
    write(root, "sys/devices/system/node/online", "0-1\n")


def hybrid(root):
    # A small Alder Lake: 2 P-cores with hyper-threading (cpu0-3), 4 E-cores (cpu4-7) in one cluster.
    common(root, "12th Gen Intel(R) Core(TM) i5-1230U",
           [(0, 0, 0), (1, 0, 0), (2, 0, 4), (3, 0, 4), (4, 0, 8), (5, 0, 9), (6, 0, 10), (7, 0, 11)], 16000000,
           os_name="Fedora Linux 39 (Workstation Edition)", release="6.5.6-300.fc39.x86_64")
    write(root, "sys/devices/system/cpu/online", "0-7\n")
    cores = {0: 0, 1: 0, 2: 4, 3: 4, 4: 8, 5: 9, 6: 10, 7: 11}
    for n in range(8):
        if n < 4:
            pair = [n & ~1, n | 1]
            caches = [cache(1, "Data", "48K", pair), cache(1, "Instruction", "32K", pair),
                      cache(2, "Unified", "1280K", pair)]
        else:
            caches = [cache(1, "Data", "32K", [n]), cache(1, "Instruction", "64K", [n]),
                      cache(2, "Unified", "2048K", [4, 5, 6, 7])]
        caches.append(cache(3, "Unified", "12288K", range(8)))
        cpu(root, n, 0, cores[n], caches)
    write(root, "sys/devices/cpu_core/cpus", "0-3\n")
    write(root, "sys/devices/cpu_atom/cpus", "4-7\n")
    write(root, "sys/devices/system/node/node0/cpulist", "0-7\n")
    write(root, "sys/devices/system/node/node0/meminfo", "Node 0 MemTotal:       16000000 kB\n")


def sparse(root):
    # A box that says little: no topology folders (the core count comes from /proc/cpuinfo: 4 CPUs,
    # 2 cores with 2 threads each), no "online" file, cpu0 has one complete cache entry and one
    # without size and line size, cpu1 one without a level (skipped), cpu2 and cpu3 none at all;
    # no os-release; no node folder.
    common(root, "Some CPU", [(0, 0, 0), (1, 0, 1), (2, 0, 0), (3, 0, 1)], 2048000, os_name=None)
    for n in range(4):
        cpu(root, n, 0, 0, topology=False)
    write(root, "sys/devices/system/cpu/cpu0/cache/index0/level", "1\n")
    write(root, "sys/devices/system/cpu/cpu0/cache/index0/type", "Data\n")
    write(root, "sys/devices/system/cpu/cpu0/cache/index0/size", "32K\n")
    write(root, "sys/devices/system/cpu/cpu0/cache/index0/coherency_line_size", "64\n")
    write(root, "sys/devices/system/cpu/cpu0/cache/index0/shared_cpu_list", "0,2\n")
    write(root, "sys/devices/system/cpu/cpu0/cache/index2/level", "2\n")
    write(root, "sys/devices/system/cpu/cpu0/cache/index2/type", "Unified\n")
    write(root, "sys/devices/system/cpu/cpu1/cache/index0/type", "Data\n")
    write(root, "sys/devices/system/cpu/cpu1/cache/index0/size", "32K\n")


for name, build in [("vm2", vm2), ("numa2", numa2), ("hybrid", hybrid), ("sparse", sparse)]:
    root = os.path.join(HERE, name)
    shutil.rmtree(root, ignore_errors=True)
    build(root)
