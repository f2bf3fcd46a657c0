# BuiltOnPackaging: the Debian package, built by CPack from the install() rules of the tree.
#
#   cpack -G DEB                    (from a build folder; scripts/package.sh does a Release build)
#
# What the package holds comes from the install() rules, always relative to the prefix (CPack
# installs into /usr):
#   bin/builton-admin, bin/builton-server                        app/, server/
#   share/applications/<app id>.desktop                          resources/
#   share/metainfo/<app id>.metainfo.xml                         resources/
#   share/icons/hicolor/scalable/apps/<app id>.svg               resources/
#   share/builton-admin/translations/*.qm                        translations/ (see below)
#   share/doc/builton-admin/README.md, copyright, changelog.gz   here
#   lib/systemd/system/builton-server.service (not enabled)       resources/
# tests/ and bench/ have no install() rules, so nothing of theirs reaches the package;
# tests/packaging checks that (and everything above) on the package of the current build.
#
# Translations: translations/ installs its compiled catalogues (.qm, one per .ts file, named
# after it: builton-admin_nb.ts -> builton-admin_nb.qm) with
#   install(FILES ${qm_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/builton-admin/translations)
# i.e. /usr/share/builton-admin/translations once installed, which the app finds as
# <applicationDirPath>/../share/builton-admin/translations. The package picks them up through
# that install rule; tests/packaging expects one .qm in that folder for every translations/*.ts.
#
# Depends: dpkg-shlibdeps (CPACK_DEBIAN_PACKAGE_SHLIBDEPS, from dpkg-dev) finds the libraries the
# binaries link. It cannot see what Qt loads at run time, so those are listed by hand. A build
# with BUILTON_SANITIZE=ON also depends on libasan/libubsan: only a Release build makes the
# package to ship.

include(GNUInstallDirs)

# Debian's programs find Qt in the system's library path: no RUNPATH ($ORIGIN:$ORIGIN/../lib,
# which qt_standard_project_setup() gives every target) in the installed programs.
foreach(_builton_program builton-admin builton-server)
    if(TARGET ${_builton_program})
        set_target_properties(${_builton_program} PROPERTIES INSTALL_RPATH "")
    endif()
endforeach()

set(BUILTON_PACKAGE_NAME "builton-admin")
set(BUILTON_PACKAGE_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/${BUILTON_PACKAGE_NAME}")
set(BUILTON_PACKAGE_MAINTAINER "BuiltOn Admin developers <admin@builton.dev>")
set(BUILTON_PACKAGE_LICENSE "GPL-3.0-or-later")

# /usr/share/doc/builton-admin: the README and a machine-readable Debian copyright file.
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${BUILTON_PACKAGE_DOCDIR}")
file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/packaging/copyright" @ONLY CONTENT
[[Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: @BUILTON_PACKAGE_NAME@
Upstream-Contact: @BUILTON_PACKAGE_MAINTAINER@
Source: @PROJECT_HOMEPAGE_URL@

Files: *
Copyright: 2026 BuiltOn Admin developers
License: GPL-3+

Files: resources/linux/*.metainfo.xml
Copyright: 2026 BuiltOn Admin developers
License: CC0-1.0

License: GPL-3+
 This program is free software: you can redistribute it and/or modify
 it under the terms of the GNU General Public License as published by
 the Free Software Foundation, either version 3 of the License, or
 (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful,
 but WITHOUT ANY WARRANTY; without even the implied warranty of
 MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 GNU General Public License for more details.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in "/usr/share/common-licenses/GPL-3".

License: CC0-1.0
 To the extent possible under law, the authors have waived all copyright and
 related or neighboring rights to this metadata.
 .
 On Debian systems, the complete text of the CC0 1.0 Universal license can be
 found in "/usr/share/common-licenses/CC0-1.0".
]])
install(FILES "${PROJECT_BINARY_DIR}/packaging/copyright" DESTINATION "${BUILTON_PACKAGE_DOCDIR}")

# changelog.gz (Debian policy 12.7; a native package's, since the version has no Debian
# revision). Its entry takes the date of this version's <release> in the AppStream metainfo,
# which holds the release notes: bump both together.
file(READ "${PROJECT_SOURCE_DIR}/resources/linux/${BUILTON_APP_ID}.metainfo.xml" _builton_metainfo)
string(REGEX MATCH "<release version=\"${PROJECT_VERSION}\" date=\"([0-9-]+)\""
    _builton_release "${_builton_metainfo}")
set(_builton_release_date "${CMAKE_MATCH_1}")
if(NOT _builton_release_date)
    message(WARNING "resources/linux/${BUILTON_APP_ID}.metainfo.xml has no <release> for "
        "version ${PROJECT_VERSION}: add one (tests/packaging checks it).")
    string(TIMESTAMP _builton_release_date "%Y-%m-%d" UTC)
endif()
execute_process(COMMAND date -u -R -d "${_builton_release_date} 12:00"
    OUTPUT_VARIABLE _builton_changelog_date OUTPUT_STRIP_TRAILING_WHITESPACE)
file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/packaging/changelog" @ONLY CONTENT
[[@BUILTON_PACKAGE_NAME@ (@PROJECT_VERSION@) unstable; urgency=medium

  * Release @PROJECT_VERSION@. The release notes are in
    /usr/share/metainfo/@BUILTON_APP_ID@.metainfo.xml.

 -- @BUILTON_PACKAGE_MAINTAINER@  @_builton_changelog_date@
]])
execute_process(COMMAND gzip -9 -n -c "${PROJECT_BINARY_DIR}/packaging/changelog"
    OUTPUT_FILE "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
install(FILES "${PROJECT_BINARY_DIR}/packaging/changelog.gz" DESTINATION "${BUILTON_PACKAGE_DOCDIR}")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "${BUILTON_PACKAGE_NAME}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "BuiltOn Admin developers")
set(CPACK_PACKAGE_CONTACT "${BUILTON_PACKAGE_MAINTAINER}")
# The Debian synopsis: lower case, no article, under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for support staff of BuiltOn shops")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
# Only the binary package: no source tarball configuration next to it.
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # builton-admin_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BUILTON_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The extended description, under the synopsis (CPack indents it and turns empty lines into " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"BuiltOn Admin helps the support staff of shops built on the BuiltOn commerce
API: it finds customers and shows their profile, orders, subscriptions and
payment methods, with connection profiles whose API keys stay in the system
keyring (Secret Service).

The package also holds builton-server, a local implementation of the BuiltOn
API. Start builton-admin --demo to try the app on it with demo data.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Loaded by Qt at run time, so invisible to dpkg-shlibdeps (the xcb and offscreen platform
# plugins and the OpenSSL TLS backend ship in libqt6gui6 and libqt6network6, which it does find):
#   libqt6sql6-sqlite     the QSQLITE driver builton-server keeps its data with
#   libqt6svg6            the SVG image and icon engine plugins (every icon is an SVG)
#   qt6-wayland           the native Wayland platform plugin (a Wayland session without it
#                         needs XWayland)
#   qt6-translations-l10n Qt's own strings (standard buttons and dialogs, shortcut names) in the
#                         user's language, next to the app's own translations
# tests/packaging checks this list, and that each of these packages really holds the plugin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-wayland, qt6-translations-l10n")
#   gnome-keyring         a Secret Service for the API keys (any other provider does as well;
#                         without one the app offers to keep credentials for the session only)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
#   libqt6sql6-psql       the QPSQL driver, for builton-server on PostgreSQL (--db postgresql://)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")

include(CPack)
