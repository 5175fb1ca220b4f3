# `cpack -G DEB` in a Release build folder makes cx-workbench_VERSION_ARCH.deb from the install()
# rules: both binaries, the desktop integration (resources/), the manual pages, the bash completion and
# the documentation. Debian's shared-mime-info, desktop-file-utils and the icon cache have dpkg
# triggers on the folders these files go to, so the package needs no maintainer scripts.
set(CPACK_PACKAGE_NAME "${CXM_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "The CX Maturity Workbench authors")
# Debian needs a Maintainer; a distributor sets their own with -DCXM_PACKAGE_MAINTAINER="Name <mail>".
set(CXM_PACKAGE_MAINTAINER "The CX Maturity Workbench authors <maintainers@cxmaturity.github.io>"
    CACHE STRING "The Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT "${CXM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer-experience maturity workshops for leadership teams")
set(CPACK_PACKAGE_DESCRIPTION
    "The CX Maturity Workbench turns the Chief Customer Officer workbook into a guided workshop: the
five competencies, the Power Core and the CCO readiness checklist, scored into a maturity map; the
customer journey's worksheets; targets, an action plan and a roadmap. Reports as PDF and ODT,
exports as CSV, JSON and XLSX. The package holds the window (cx-workbench) and the command line
(cxm).")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://cxmaturity.github.io/workbench/")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # cx-workbench_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The libraries the binaries link (Qt, SQLite, libzip, qpdf, libxlsxwriter, libqrencode…) become
# Depends through dpkg-shlibdeps. Qt's platform plugins come with libqt6gui6. The icons are drawn by
# the SVG icon engine, a plugin in libqt6svg6 that no binary links (the linker drops the unused
# libQt6Svg), so dpkg-shlibdeps cannot see it: it is named here, or the window shows no icon.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# What turns the installed files into a double-click: the MIME database, the desktop database and
# xdg-open. Recommends, as a desktop needs them but cxm on a server does not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme, xdg-utils")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

include(CPack)
