// SPDX-License-Identifier: GPL-3.0-or-later
// concurrency-lab-worker: the lab's worker process. The factor and batch modes use no Qt at all
// (no event loop to run, nothing Qt offers that they need): not loading QtCore keeps the start-up,
// measured by benchmark F3, at a few milliseconds.
//
//   concurrency-lab-worker factor [--algorithm naive|fast] [NUMBER...]   GNU factor compatible
//   concurrency-lab-worker batch                                         the lab's batch protocol
#include "batchmode.h"
#include "core/workloads/factorizer.h"
#include "daemondemo.h"
#include "factormode.h"
#include "forkdemo.h"

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <vector>

namespace {

constexpr const char *Usage = "usage: concurrency-lab-worker factor [--algorithm naive|fast] [NUMBER...]\n"
                              "       concurrency-lab-worker batch\n"
                              "       concurrency-lab-worker fork-demo [--hold-ms N]\n"
                              "       concurrency-lab-worker daemon-demo [--run-ms N] [--beat-ms N] [--work-ms N]\n";

int usageError(const char *program, const std::string &message)
{
    std::fprintf(stderr, "%s: %s\n%s", program, message.c_str(), Usage);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // The name the lab gave this process (see Lab::Core::Trace::watchProcess), as its OS name: the
    // monitor's table, its timeline and `ps -L` then agree. Run by hand it keeps its program name.
    if (const char *name = std::getenv("LAB_PROCESS_NAME"); name && *name)
        ::prctl(PR_SET_NAME, name, 0, 0, 0);
    std::setlocale(LC_ALL, "");
    const char *program = argc > 0 ? argv[0] : "concurrency-lab-worker";
    if (argc < 2)
        return usageError(program, "name a mode: factor or batch");
    const std::string mode = argv[1];
    if (mode == "--help" || mode == "-h") {
        std::fputs(Usage, stdout);
        return 0;
    }
    if (mode == "batch") {
        if (argc > 2)
            return usageError(program, "batch: takes no arguments");
        return Lab::Worker::BatchMode().run();
    }
    if (mode == "fork-demo")
        return Lab::Worker::runForkDemo(argc - 2, argv + 2);
    if (mode == "daemon-demo")
        return Lab::Worker::runDaemonDemo(argc - 2, argv + 2);
    if (mode != "factor")
        return usageError(program, "unknown mode \"" + mode + "\" (expected factor or batch)");

    Lab::Core::FactorAlgorithm algorithm = Lab::Core::FactorAlgorithm::Fast;
    std::vector<std::string> numbers;
    bool optionsDone = false;
    for (int i = 2; i < argc; ++i) {
        const std::string argument = argv[i];
        std::string value;
        bool isAlgorithm = false;
        if (!optionsDone && argument == "--") {
            optionsDone = true;
            continue;
        }
        if (!optionsDone && argument == "--algorithm") {
            if (i + 1 >= argc)
                return usageError(program, "--algorithm: must be naive or fast (got nothing)");
            value = argv[++i];
            isAlgorithm = true;
        } else if (!optionsDone && argument.rfind("--algorithm=", 0) == 0) {
            value = argument.substr(std::strlen("--algorithm="));
            isAlgorithm = true;
        } else if (!optionsDone && argument.size() > 1 && argument[0] == '-') {
            return usageError(program, "unknown option \"" + argument + "\"");
        }
        if (isAlgorithm) {
            if (!Lab::Core::parseFactorAlgorithm(value.data(), value.size(), &algorithm))
                return usageError(program, "--algorithm: must be naive or fast (got \"" + value + "\")");
            continue;
        }
        numbers.push_back(argument);
    }
    Lab::Worker::FactorMode factor(program, algorithm);
    return numbers.empty() ? factor.runStdin() : factor.runArguments(numbers);
}
