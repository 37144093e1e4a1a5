// SPDX-License-Identifier: GPL-3.0-or-later
// The main of an area's test program: runs the test named by the first argument (labtest.h).
#include "labtest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <sys/prctl.h>
#include <vector>

namespace Lab::Test {

namespace {

std::map<std::string, MainFunction> &registry()
{
    static std::map<std::string, MainFunction> mains;
    return mains;
}

QString s_current;

} // namespace

bool registerMain(const char *sourceFile, MainFunction main)
{
    std::string name = sourceFile;
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.find('.'); dot != std::string::npos)
        name.erase(dot);
    const bool added = registry().emplace(name, main).second;
    if (!added)
        std::fprintf(stderr, "labtest: two tests are called %s\n", name.c_str());
    return added;
}

QString currentTestName()
{
    return s_current;
}

} // namespace Lab::Test

int main(int argc, char **argv)
{
    const auto &mains = Lab::Test::registry();
    const auto found = argc >= 2 ? mains.find(argv[1]) : mains.end();
    if (found == mains.end()) {
        std::fprintf(stderr, "usage: %s TEST [Qt Test options]\nTEST is one of:\n", argv[0]);
        for (const auto &[name, main] : mains)
            std::fprintf(stderr, "  %s\n", name.c_str());
        return 2;
    }
    Lab::Test::s_current = QString::fromStdString(found->first);
    // The name the test had as its own program: its application name (settings, test-mode paths) and
    // its main thread's name, which the monitor's tests look for.
    const QByteArray programName = QByteArrayLiteral(LAB_TEST_AREA "_") + found->first.c_str();
    QCoreApplication::setApplicationName(QString::fromLatin1(programName));
    prctl(PR_SET_NAME, programName.left(15).constData());

    std::vector<char *> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    int count = int(arguments.size());
    arguments.push_back(nullptr);
    return found->second(count, arguments.data());
}
