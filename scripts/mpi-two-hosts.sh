#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A two-host MPI cluster on one machine: two network namespaces ("hosts" lab-a and lab-b, each with
# its own hostname) joined by a veth pair on 10.77.<n>.0/24. mpirun runs in lab-a and reaches lab-b
# through Open MPI's rsh agent (plm_rsh_agent) set to `ip netns exec` instead of ssh; all MPI traffic
# (out-of-band and the TCP transport) is kept on the veth addresses.
#
#   scripts/mpi-two-hosts.sh COMMAND [ARGS...]
#     runs COMMAND inside lab-a with a hostfile of both hosts in $LAB_MPI_HOSTFILE (pass it to
#     `concurrency-lab run factorize --strategies sequential,mpi --mpi-hosts "$LAB_MPI_HOSTFILE"`), then
#     removes the namespaces again. Exit status: COMMAND's; 77 when namespaces cannot be made here
#     (not root, no `ip`, no `unshare`, or the kernel refuses), with the reason on stderr.
set -u
skip() { echo "mpi-two-hosts: cannot build the two-host cluster here: $*" >&2; exit 77; }
[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || skip "network namespaces need root"
command -v ip >/dev/null || skip "the ip command (iproute2) is missing"
command -v unshare >/dev/null || skip "the unshare command (util-linux) is missing"
command -v mpirun >/dev/null || skip "mpirun (openmpi-bin) is missing"

id=$$
subnet=$((id % 200 + 20))
a=lab-a-$id
b=lab-b-$id
work=$(mktemp -d)
cleanup() {
  ip netns del "$a" 2>/dev/null
  ip netns del "$b" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$a" 2>/dev/null || skip "ip netns add failed (no CAP_SYS_ADMIN, or no namespace support)"
ip netns add "$b" || skip "ip netns add failed"
ip link add "va$id" type veth peer name "vb$id" || skip "cannot create a veth pair"
ip link set "va$id" netns "$a" && ip link set "vb$id" netns "$b" || skip "cannot move the veth ends"
ip -n "$a" addr add "10.77.$subnet.1/24" dev "va$id" && ip -n "$b" addr add "10.77.$subnet.2/24" dev "vb$id" ||
  skip "cannot address the veth ends"
for ns in "$a" "$b"; do
  ip -n "$ns" link set lo up
done
ip -n "$a" link set "va$id" up && ip -n "$b" link set "vb$id" up || skip "cannot bring the veth pair up"

# The rsh agent: Open MPI calls `agent HOST orted ARGS...` as it would call ssh; run the command in
# that host's namespace and UTS namespace (so it has its own hostname), through a shell as ssh does.
cat >"$work/agent" <<AGENT
#!/bin/bash
host=\$1; shift
case "\$host" in
  10.77.$subnet.1) ns=$a; name=lab-a ;;
  10.77.$subnet.2) ns=$b; name=lab-b ;;
  *) echo "mpi-two-hosts agent: unknown host \$host" >&2; exit 255 ;;
esac
exec ip netns exec "\$ns" unshare --uts /bin/sh -c "hostname \$name; \$*"
AGENT
chmod +x "$work/agent"
printf '10.77.%s.1 slots=1\n10.77.%s.2 slots=1\n' "$subnet" "$subnet" >"$work/hostfile"

export LAB_MPI_HOSTFILE="$work/hostfile"
export OMPI_MCA_plm_rsh_agent="$work/agent"
export OMPI_MCA_oob_tcp_if_include="10.77.$subnet.0/24"
export OMPI_MCA_btl_tcp_if_include="10.77.$subnet.0/24"
export OMPI_MCA_btl="tcp,self"
# Root in both namespaces: orted on lab-b is started by the agent, not by mpirun's own check.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
ip netns exec "$a" unshare --uts /bin/sh -c 'hostname lab-a; exec "$@"' sh "$@"
