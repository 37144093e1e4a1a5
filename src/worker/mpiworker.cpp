// SPDX-License-Identifier: GPL-3.0-or-later
// concurrency-lab-mpi-worker: the `mpi` strategy's ranks, started by mpirun (never by the lab directly).
//
// Rank 0 reads "<naive|fast> <count>\n" and then <count> numbers from stdin (mpirun forwards the lab's
// stdin to rank 0), deals them out round-robin (MPI_Scatterv), every rank factorizes its share with the
// worker's kernels and rank 0 gathers the checksums and counts. Everything the lab reads is one JSON
// object per line on rank 0's stdout:
//   {"event":"rank","rank":1,"host":"h","pid":42}   once per rank, after MPI_Init (start-up is over)
//   {"event":"ready","ranks":2}                      then the lab sends the workload
//   {"event":"done","rank":1,"count":n,"checksum":"16 hex","compute_s":x,"cpu_s":y}  as each rank ends
//   {"event":"total","count":n,"checksum":"16 hex"}
//   {"event":"error","message":"..."}                bad input; the job is aborted
// Only numbers go out and 4 numbers per rank come back: the factors never cross the network.
#include "core/workloads/factorchecksum.h"
#include "core/workloads/factorizer.h"

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mpi.h>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

using Lab::Core::FactorAlgorithm;
using Lab::Core::FactorChecksum;

constexpr int HostChars = 256;
constexpr int ResultTag = 7;

void emitLine(const std::string &line)
{
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

std::string jsonString(const char *text)
{
    std::string out = "\"";
    for (const char *c = text; *c; ++c) {
        if (*c == '"' || *c == '\\') {
            out += '\\';
            out += *c;
        } else if (static_cast<unsigned char>(*c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(*c)));
            out += escaped;
        } else {
            out += *c;
        }
    }
    return out + '"';
}

[[noreturn]] void fail(const std::string &message)
{
    emitLine("{\"event\":\"error\",\"message\":" + jsonString(message.c_str()) + "}");
    MPI_Abort(MPI_COMM_WORLD, 2);
    std::_Exit(2);
}

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::string doneLine(int rank, std::uint64_t count, std::uint64_t checksum, double compute, double cpu)
{
    char text[256];
    std::snprintf(text, sizeof text,
                  "{\"event\":\"done\",\"rank\":%d,\"count\":%llu,\"checksum\":\"%s\",\"compute_s\":%.6f,"
                  "\"cpu_s\":%.6f}",
                  rank, static_cast<unsigned long long>(count), FactorChecksum::toHex(checksum).c_str(), compute, cpu);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    // A rank must not outlive the mpirun (or orted) that started it: SIGKILL when it goes, and the
    // check covers the parent dying before prctl took effect.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 1;
    MPI_Init(&argc, &argv);
    int rank = 0;
    int ranks = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &ranks);
    // The OS name `ps`, top and the lab's monitor show: which rank this is.
    char name[16];
    std::snprintf(name, sizeof name, "mpi-rank-%d", rank);
    ::prctl(PR_SET_NAME, name);

    // Who runs where: every rank's host and pid, printed by rank 0.
    char host[HostChars] = {};
    ::gethostname(host, HostChars - 1);
    long long pid = ::getpid();
    std::vector<char> hosts(rank == 0 ? std::size_t(ranks) * HostChars : 0);
    std::vector<long long> pids(rank == 0 ? std::size_t(ranks) : 0);
    MPI_Gather(host, HostChars, MPI_CHAR, hosts.data(), HostChars, MPI_CHAR, 0, MPI_COMM_WORLD);
    MPI_Gather(&pid, 1, MPI_LONG_LONG, pids.data(), 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);

    // The workload, read by rank 0: algorithm and count, then the numbers.
    std::uint64_t header[2] = {0, 0}; // algorithm (0 naive, 1 fast), count
    std::vector<std::uint64_t> numbers;
    if (rank == 0) {
        for (int r = 0; r < ranks; ++r) {
            hosts[std::size_t(r) * HostChars + HostChars - 1] = '\0';
            emitLine("{\"event\":\"rank\",\"rank\":" + std::to_string(r) +
                     ",\"host\":" + jsonString(&hosts[std::size_t(r) * HostChars]) +
                     ",\"pid\":" + std::to_string(pids[std::size_t(r)]) + "}");
        }
        emitLine("{\"event\":\"ready\",\"ranks\":" + std::to_string(ranks) + "}");
        char algorithm[16] = {};
        unsigned long long count = 0;
        if (std::scanf("%15s %llu", algorithm, &count) != 2)
            fail("expected \"<naive|fast> <count>\" on stdin");
        if (std::strcmp(algorithm, "naive") != 0 && std::strcmp(algorithm, "fast") != 0)
            fail(std::string("algorithm: must be naive or fast (got \"") + algorithm + "\")");
        if (count > 100'000'000ULL)
            fail("count: must be at most 100000000");
        header[0] = std::strcmp(algorithm, "fast") == 0 ? 1 : 0;
        header[1] = count;
        numbers.resize(count);
        for (unsigned long long i = 0; i < count; ++i) {
            unsigned long long value = 0;
            if (std::scanf("%llu", &value) != 1)
                fail("number " + std::to_string(i + 1) + " of " + std::to_string(count) + " is missing or invalid");
            numbers[i] = value;
        }
    }
    MPI_Bcast(header, 2, MPI_UINT64_T, 0, MPI_COMM_WORLD);
    const std::uint64_t count = header[1];
    const FactorAlgorithm algorithm = header[0] == 1 ? FactorAlgorithm::Fast : FactorAlgorithm::Naive;

    // Round-robin: neighbouring numbers are alike in cost, so dealing them out balances the ranks.
    std::vector<int> counts(static_cast<std::size_t>(ranks));
    std::vector<int> offsets(static_cast<std::size_t>(ranks));
    for (int r = 0, offset = 0; r < ranks; ++r) {
        counts[std::size_t(r)] = int((count + std::uint64_t(ranks - r) - 1) / std::uint64_t(ranks));
        offsets[std::size_t(r)] = offset;
        offset += counts[std::size_t(r)];
    }
    std::vector<std::uint64_t> dealt;
    if (rank == 0) {
        dealt.resize(count);
        std::vector<int> next = offsets;
        for (std::uint64_t i = 0; i < count; ++i)
            dealt[std::size_t(next[std::size_t(i % std::uint64_t(ranks))]++)] = numbers[i];
    }
    std::vector<std::uint64_t> mine(std::size_t(counts[std::size_t(rank)]));
    MPI_Scatterv(dealt.data(), counts.data(), offsets.data(), MPI_UINT64_T, mine.data(), counts[std::size_t(rank)],
                 MPI_UINT64_T, 0, MPI_COMM_WORLD);

    const double cpuBefore = cpuSeconds();
    const auto begin = std::chrono::steady_clock::now();
    FactorChecksum checksum;
    char text[Lab::Core::MaxFactorLine + 1];
    for (std::uint64_t n : mine) {
        const Lab::Core::Factors factors = Lab::Core::factorize(n, algorithm);
        const int size = Lab::Core::formatFactorLine(n, factors, text);
        checksum.addLine(std::string_view(text, std::size_t(size)));
    }
    const double compute = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    const double cpu = cpuSeconds() - cpuBefore;

    if (rank != 0) {
        double result[4] = {double(mine.size()), 0, compute, cpu};
        std::uint64_t value = checksum.value();
        std::memcpy(&result[1], &value, sizeof value); // 64 bits, carried bit for bit
        MPI_Send(result, 4, MPI_DOUBLE, 0, ResultTag, MPI_COMM_WORLD);
    } else {
        FactorChecksum total = checksum;
        std::uint64_t done = mine.size();
        emitLine(doneLine(0, mine.size(), checksum.value(), compute, cpu));
        // Each rank's line as soon as that rank is done, in the order they finish.
        for (int received = 1; received < ranks; ++received) {
            double result[4];
            MPI_Status status;
            MPI_Recv(result, 4, MPI_DOUBLE, MPI_ANY_SOURCE, ResultTag, MPI_COMM_WORLD, &status);
            std::uint64_t value = 0;
            std::memcpy(&value, &result[1], sizeof value);
            total.mergeValue(value);
            done += std::uint64_t(result[0]);
            emitLine(doneLine(status.MPI_SOURCE, std::uint64_t(result[0]), value, result[2], result[3]));
        }
        emitLine("{\"event\":\"total\",\"count\":" + std::to_string(done) + ",\"checksum\":\"" +
                 FactorChecksum::toHex(total.value()) + "\"}");
    }
    MPI_Finalize();
    return 0;
}
