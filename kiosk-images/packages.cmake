# Debian packages with CPack: `buurtkiosk` (the kiosk app, its demo content and unit) and
# `buurtkiosk-hub` (the hub and its unit), from the release preset:
#   cmake --preset release && cmake --build --preset release && (cd build/release && cpack)
# kiosk-images/README.md says how they are checked (lintian, an install into a clean chroot).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME buurtkiosk)
set(CPACK_PACKAGE_VENDOR "buurtkiosk")
set(CPACK_PACKAGE_CONTACT "buurtkiosk developers <buurtkiosk@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk hub)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/buurtkiosk")
set(CPACK_STRIP_FILES ON)

# Every package carries the copyright file and a compressed changelog, as Debian policy asks.
set(BUURTKIOSK_CHANGELOG_GZ "${CMAKE_BINARY_DIR}/packages/changelog.gz")
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
file(ARCHIVE_CREATE OUTPUT "${BUURTKIOSK_CHANGELOG_GZ}" PATHS "${CMAKE_CURRENT_LIST_DIR}/debian/changelog"
     FORMAT raw COMPRESSION GZip COMPRESSION_LEVEL 9)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/copyright" "${BUURTKIOSK_CHANGELOG_GZ}"
        DESTINATION share/doc/buurtkiosk COMPONENT kiosk)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/copyright" "${BUURTKIOSK_CHANGELOG_GZ}"
        DESTINATION share/doc/buurtkiosk-hub COMPONENT hub)

# The device's parts (kiosk-images/README.md): first boot, updates with rollback, the backlight.
# Installed, not enabled: the image enables them; a kiosk on a plain Debian may.
install(PROGRAMS "${CMAKE_CURRENT_LIST_DIR}/device/buurtkiosk-firstboot"
                 "${CMAKE_CURRENT_LIST_DIR}/device/buurtkiosk-update"
        DESTINATION lib/buurtkiosk COMPONENT kiosk)
install(FILES "${BUURTKIOSK_SOURCE_DIR}/systemd/buurtkiosk-firstboot.service"
              "${BUURTKIOSK_SOURCE_DIR}/systemd/buurtkiosk-update.service"
              "${BUURTKIOSK_SOURCE_DIR}/systemd/buurtkiosk-update.timer"
              "${BUURTKIOSK_SOURCE_DIR}/systemd/buurtkiosk-update-check.service"
              "${BUURTKIOSK_SOURCE_DIR}/systemd/buurtkiosk-update-check.timer"
        DESTINATION lib/systemd/system COMPONENT kiosk)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/device/70-buurtkiosk-backlight.rules"
        DESTINATION lib/udev/rules.d COMPONENT kiosk)

# A manual page for each program, compressed as Debian policy asks.
foreach(page buurtkiosk.1 buurtkiosk-hub.8)
  file(ARCHIVE_CREATE OUTPUT "${CMAKE_BINARY_DIR}/packages/${page}.gz"
       PATHS "${CMAKE_CURRENT_LIST_DIR}/debian/${page}" FORMAT raw COMPRESSION GZip
       COMPRESSION_LEVEL 9)
endforeach()
install(FILES "${CMAKE_BINARY_DIR}/packages/buurtkiosk.1.gz" DESTINATION share/man/man1
        COMPONENT kiosk)
install(FILES "${CMAKE_BINARY_DIR}/packages/buurtkiosk-hub.8.gz" DESTINATION share/man/man8
        COMPONENT hub)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME buurtkiosk)
set(CPACK_COMPONENT_KIOSK_DESCRIPTION
    "touchscreen kiosk for a Dutch Buurtkamer\nThe kiosk app: local activities, sign-ups and callback requests, read\naloud in plain Dutch and the languages of the neighbourhood, synced with\nthe municipality's hub.")
# What it reads at run time but does not link: fonts, voices, the service user's tools, and the
# EGL/GLES that SDL opens itself on KMS (the QEMU boot found them missing: "EGL not initialized").
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "fonts-noto-core, fonts-material-design-icons-iconfont, espeak-ng-data, libgl1-mesa-dri, libegl1, libegl-mesa0, libgles2, libgbm1, tzdata, adduser")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/buurtkiosk/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/buurtkiosk/postrm;${CMAKE_CURRENT_LIST_DIR}/debian/buurtkiosk/prerm")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_HUB_PACKAGE_NAME buurtkiosk-hub)
set(CPACK_COMPONENT_HUB_DESCRIPTION
    "central hub for buurtkiosk touchscreens\nThe municipality's endpoint: signed content bundles out, sign-ups and\ncallback requests in, calendar import, exports for the sociaal team.")
set(CPACK_DEBIAN_HUB_PACKAGE_DEPENDS "tzdata, adduser")
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/buurtkiosk-hub/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/buurtkiosk-hub/postrm;${CMAKE_CURRENT_LIST_DIR}/debian/buurtkiosk-hub/prerm")
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
