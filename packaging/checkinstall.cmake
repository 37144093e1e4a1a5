# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CTest (packaging/install-layout): install the build into a scratch prefix and check the layout.
foreach(var BUILD_DIR PREFIX APP_ID BINDIR LIBEXECDIR DATADIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkinstall.cmake: -D${var}=... is required")
    endif()
endforeach()

file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

set(expected
    ${BINDIR}/concurrency-lab
    ${LIBEXECDIR}/concurrency-lab/concurrency-lab-worker
    ${DATADIR}/applications/${APP_ID}.desktop
    ${DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg)
set(missing "")
foreach(path ${expected})
    if(NOT EXISTS ${PREFIX}/${path})
        list(APPEND missing ${path})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()

# The desktop entry must start the installed program and name the installed icon.
file(READ ${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop desktop)
if(NOT desktop MATCHES "\nExec=concurrency-lab" OR NOT desktop MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "the desktop entry does not run concurrency-lab with icon ${APP_ID}")
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "install layout OK (${expected})")
