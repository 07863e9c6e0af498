# Desktop integration and the Debian package: `cpack -G DEB` in the build directory (or
# `cmake --build . --target package`). Included from the top-level CMakeLists.txt after the
# executables exist. Everything installed comes from the source tree or is made here from it;
# QML and shaders are compiled into the binaries and need no install rule of their own.

include(GNUInstallDirs)

set(OMNIKAST_APP_ID org.omnikast.Omnikast)
set(_pkg_src ${PROJECT_SOURCE_DIR}/packaging)
set(_pkg_bin ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_pkg_bin})

# --- Icons: one SVG, PNGs rendered from it at build time (librsvg2-bin) ---------------------
set(_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/${OMNIKAST_APP_ID}.svg)
set(OMNIKAST_ICON_SIZES 16 22 24 32 48 64 128 256 512)
find_program(RSVG_CONVERT rsvg-convert)
set(_generated)
if(RSVG_CONVERT)
  foreach(size ${OMNIKAST_ICON_SIZES})
    set(png ${_pkg_bin}/icons/${size}x${size}/${OMNIKAST_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_bin}/icons/${size}x${size}
      COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${_icon_svg}
      DEPENDS ${_icon_svg} VERBATIM)
    list(APPEND _generated ${png})
    install(FILES ${png}
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
else()
  message(WARNING "rsvg-convert (librsvg2-bin) not found: the package gets the SVG icon only")
endif()
install(FILES ${_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# --- Man pages, changelog: Debian wants them gzip'ed, -n so the bytes are reproducible -------
find_program(GZIP_EXECUTABLE gzip REQUIRED)
function(_omnikast_gzip in out)
  add_custom_command(OUTPUT ${out}
    COMMAND ${GZIP_EXECUTABLE} -9n < ${in} > ${out}
    DEPENDS ${in})
  set(_generated ${_generated} ${out} PARENT_SCOPE)
endfunction()
foreach(page omnikast omnikast-server)
  _omnikast_gzip(${_pkg_src}/man/${page}.1 ${_pkg_bin}/${page}.1.gz)
  install(FILES ${_pkg_bin}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
# A native package (version without a Debian revision): its changelog is changelog.gz.
_omnikast_gzip(${_pkg_src}/debian/changelog ${_pkg_bin}/changelog.gz)

# qt_standard_project_setup() gives installed binaries an $ORIGIN/../lib run path for bundles;
# ours link only system libraries, and Debian forbids a private search path in /usr/bin.
set_target_properties(omnikast omnikast-server PROPERTIES INSTALL_RPATH "")

add_custom_target(omnikast_desktop_files ALL DEPENDS ${_generated})
# Building the viewer is enough to package it: the files cpack installs are made with it.
add_dependencies(omnikast omnikast_desktop_files)

install(FILES ${_pkg_src}/${OMNIKAST_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg_src}/${OMNIKAST_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# --- omnikast-server as a system service -----------------------------------------------------
# The units in packaging/systemd are written for a hand install under /usr/local; the package
# puts the binary in /usr/bin, so the installed copies say so. (A `cmake --install` to another
# prefix gets these /usr/bin copies too: use packaging/systemd as it is for that.)
set(_unit_dir lib/systemd/system)
foreach(unit omnikast-server.service omnikast-server@.service omnikast-server.target)
  file(READ ${_pkg_src}/systemd/${unit} _unit)
  string(REPLACE "/usr/local/bin/" "/usr/bin/" _unit "${_unit}")
  file(GENERATE OUTPUT ${_pkg_bin}/systemd/${unit} CONTENT "${_unit}")
  install(FILES ${_pkg_bin}/systemd/${unit} DESTINATION ${_unit_dir})
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${_pkg_src}/systemd/omnikast-server.service ${_pkg_src}/systemd/omnikast-server@.service
  ${_pkg_src}/systemd/omnikast-server.target)
# The units run as the system user "omnikast"; postinst creates it through this file.
install(FILES ${_pkg_src}/sysusers/omnikast.conf DESTINATION lib/sysusers.d)

install(FILES ${_pkg_src}/debian/copyright ${_pkg_bin}/changelog.gz
  ${PROJECT_SOURCE_DIR}/docs/DEPLOYMENT.md
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/omnikast)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/packaging/k8s/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/omnikast/examples/k8s)

# --- CPack: one .deb ------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME omnikast)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Omnikast developers")
set(CPACK_PACKAGE_CONTACT "Omnikast developers <dev@omnikast.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "viewer and server for live events in 360 degrees")
# The synopsis above is the first line; this is the extended description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Omnikast opens online conferences, classes and matches streamed in 360 degrees:
pick a channel and look around inside its live stream, follow the schedule,
chat and watch together. omnikast-server is the event backend (rooms, chat,
moderation, playback sync), with a systemd unit.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://omnikast.invalid/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debian ships stripped binaries; the debug info stays in the build tree.
set(CPACK_STRIP_FILES ON)
# Shared-library dependencies come from dpkg-shlibdeps reading the binaries, never by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# What dpkg-shlibdeps cannot see: modules and plugins Qt loads at run time by name.
#  - qml6-module-*: the QML imports of qml/ (QtQuick, Controls with its templates and styles,
#    Layouts, Window) and QtQml.WorkerScript, which QtQuick itself imports; QtQuick.Dialogs for
#    the .ics save dialog, whose Qt Quick implementation lists folders with
#    Qt.labs.folderlistmodel;
#  - libqt6sql6-sqlite: the QSQLITE driver omnikast-server (and the demo's embedded server)
#    keeps rooms in;
#  - tzdata: the IANA zones events are scheduled in (QTimeZone reads /usr/share/zoneinfo);
#  - libqt6svg6: Qt's SVG image plugin, which draws the icon set (resources/icons/ui).
set(_omnikast_runtime_depends
  qml6-module-qtquick
  qml6-module-qtquick-controls
  qml6-module-qtquick-templates
  qml6-module-qtquick-layouts
  qml6-module-qtquick-window
  qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs
  qml6-module-qt-labs-folderlistmodel
  libqt6sql6-sqlite
  tzdata
  libqt6svg6)
list(JOIN _omnikast_runtime_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Optional at run time: what a scale-out server (docs/DEPLOYMENT.md) talks to.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, redis-server, postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${_pkg_src}/debian/postinst ${_pkg_src}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Only what install() rules above and in app/ name goes in: nothing of the test or bench trees.
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
