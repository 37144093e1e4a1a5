// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One test program per area (core_tests, gui_tests, integration_tests) holds every tst_*.cpp of that
// area; `core_tests tst_runhistory [Qt Test options]` runs one of them, as its own process, exactly as
// its own program did before. Linking a few programs instead of a hundred is most of what a cold
// build saves (docs/ARCHITECTURE.md, "Build time").
//
// A test file ends with LAB_TEST_MAIN(Class) or LAB_TEST_GUILESS_MAIN(Class), Qt Test's QTEST_MAIN
// and QTEST_GUILESS_MAIN under the file's name; a test that needs its own main registers it with
// LAB_TEST_REGISTER(function).

#include <QTest>

// In a unity build CMake defines LAB_UNITY_ID to a name unique to each test file (the target's
// UNITY_BUILD_UNIQUE_ID), so each file's main has a name of its own; else it is empty.
#ifndef LAB_UNITY_ID
#define LAB_UNITY_ID
#endif

namespace Lab::Test {

using MainFunction = int (*)(int argc, char **argv);

// Registers `main` under the base name of `sourceFile` ("…/tst_runhistory.cpp" is "tst_runhistory").
bool registerMain(const char *sourceFile, MainFunction main);

// The name of the test this process runs ("tst_runhistory"): the first argument of the area's program,
// which a test passes again when it starts its own program as a child.
QString currentTestName();

} // namespace Lab::Test

#define LAB_TEST_REGISTER(function)                                                                                    \
    namespace {                                                                                                        \
    namespace LAB_UNITY_ID {                                                                                           \
    [[maybe_unused]] const bool labTestRegistered = Lab::Test::registerMain(__FILE__, function);                       \
    }                                                                                                                  \
    }

#define LAB_TEST_MAIN_WRAPPER(TestObject, ...)                                                                         \
    namespace {                                                                                                        \
    namespace LAB_UNITY_ID {                                                                                           \
    int labTestMain(int argc, char *argv[])                                                                            \
    {                                                                                                                  \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                             \
        __VA_ARGS__                                                                                                    \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }                                                                                                                  \
    }                                                                                                                  \
    }                                                                                                                  \
    LAB_TEST_REGISTER(labTestMain)

#define LAB_TEST_MAIN(TestObject) LAB_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
#define LAB_TEST_GUILESS_MAIN(TestObject) LAB_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
