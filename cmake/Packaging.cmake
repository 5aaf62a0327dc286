# Installing the Debian way: the man page and bash completion (generated from
# the built binary's own --help, so they cannot drift from it), the AppStream
# metainfo, /usr/share/doc/serverbench/{copyright,changelog.gz}, and CPack's
# .deb: `cmake --build build --target package` writes
# build/serverbench_<version>_<arch>.deb (tests/package/check.sh checks it).
#
# The version is project(VERSION) in the top CMakeLists.txt, the one place:
# --version, About, the HTTP Server header, the .deb, the man page, the
# metainfo's release and the changelog all take it from there. The release
# date below goes with it (change both lines when the version changes).
include(GNUInstallDirs)

set(SERVERBENCH_RELEASE_DATE "2026-12-03")
set(SERVERBENCH_RELEASE_DATE_RFC2822 "Thu, 03 Dec 2026 12:00:00 +0000")
set(SERVERBENCH_MAINTAINER
    "Seed 86509c56 maintainers <maintainers@users.noreply.r-seed-86509c56.example>")
set(SERVERBENCH_HOMEPAGE_URL "https://github.com/serverbench/serverbench" CACHE STRING
    "Project home page: the .deb's Homepage, AppStream's homepage and screenshot URLs")
set(SERVERBENCH_RAW_URL "${SERVERBENCH_HOMEPAGE_URL}/raw/main" CACHE STRING
    "Where AppStream finds docs/*.png (the repository's raw files)")

set(packaging_dir ${PROJECT_BINARY_DIR}/packaging)
set(metainfo_id io.github.serverbench.serverbench)

# Man page and completion: the binary runs at build time (--help of each
# command, --list-values), without a display. Sanitizer builds skip them: a
# leak report at exit would fail the build, and they are not installed.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
    message(WARNING "python3 not found: no man page or bash completion (scripts/install-deps.sh)")
elseif(NOT SERVERBENCH_SANITIZE)
    add_custom_command(
        OUTPUT ${packaging_dir}/serverbench.1 ${packaging_dir}/serverbench.1.gz
               ${packaging_dir}/serverbench.bash
        COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/packaging/gen-cli-docs.py
                $<TARGET_FILE:serverbench> --version ${PROJECT_VERSION}
                --date ${SERVERBENCH_RELEASE_DATE}
                --man ${packaging_dir}/serverbench.1
                --completion ${packaging_dir}/serverbench.bash
        COMMAND gzip -9nkf ${packaging_dir}/serverbench.1
        DEPENDS serverbench ${PROJECT_SOURCE_DIR}/packaging/gen-cli-docs.py
        COMMENT "Generating the man page and bash completion from serverbench --help"
        VERBATIM)
    add_custom_target(serverbench_cli_docs ALL
        DEPENDS ${packaging_dir}/serverbench.1.gz ${packaging_dir}/serverbench.bash)
    install(FILES ${packaging_dir}/serverbench.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${packaging_dir}/serverbench.bash
            DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
            RENAME serverbench)
endif()

configure_file(${PROJECT_SOURCE_DIR}/resources/${metainfo_id}.metainfo.xml.in
               ${packaging_dir}/${metainfo_id}.metainfo.xml @ONLY)
install(FILES ${packaging_dir}/${metainfo_id}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# A native package's changelog is changelog.gz (Debian policy 12.7).
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${packaging_dir}/changelog @ONLY)
add_custom_command(OUTPUT ${packaging_dir}/changelog.gz
    COMMAND gzip -9nkf ${packaging_dir}/changelog
    DEPENDS ${packaging_dir}/changelog
    VERBATIM)
add_custom_target(serverbench_changelog ALL DEPENDS ${packaging_dir}/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${packaging_dir}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME serverbench)

# CPack: one .deb, dependencies from dpkg-shlibdeps plus what Qt loads at run
# time that no ELF dependency names: the SVG plugins (the icon), Qt's own
# translations (dialogs in Indonesian) and the report charts' font.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME serverbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "serverbench maintainers")
set(CPACK_PACKAGE_CONTACT "${SERVERBENCH_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SERVERBENCH_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SERVERBENCH_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "apache2-utils, python3")
# The summary line is project(DESCRIPTION); CPack puts it first.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "serverbench compares HTTP servers that differ only in their concurrency
model (an event loop, a thread per connection, ...) under load. It drives
its embedded servers, or any external http:// URL, with a load tester whose
figures are ApacheBench's, charts the results live and writes a report:
markdown tables in ab's columns, one PNG chart per run, CSV and JSON.
.
Besides the Qt 6 GUI it has headless commands: serve (one embedded
server), ab (ApacheBench's options and report) and sweep (targets by
concurrency levels, repeated, into a report).")
include(CPack)
