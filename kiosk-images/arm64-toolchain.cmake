# Cross-compiles for arm64 (Raspberry Pi 4/5) with Debian's aarch64-linux-gnu-gcc/g++
# (crossbuild-essential-arm64) against an arm64 bookworm sysroot that holds the libraries' -dev
# packages. kiosk-images/build-arm64-deb.sh makes the sysroot and uses this file:
#   cmake --preset release -B build/arm64 --toolchain kiosk-images/arm64-toolchain.cmake ...
# The sysroot: -DBUURTKIOSK_ARM64_SYSROOT=..., else the environment variable of that name, else
# /var/tmp/buurtkiosk-arm64-sysroot.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

if(NOT BUURTKIOSK_ARM64_SYSROOT)
  if(DEFINED ENV{BUURTKIOSK_ARM64_SYSROOT} AND NOT "$ENV{BUURTKIOSK_ARM64_SYSROOT}" STREQUAL "")
    set(BUURTKIOSK_ARM64_SYSROOT "$ENV{BUURTKIOSK_ARM64_SYSROOT}")
  else()
    set(BUURTKIOSK_ARM64_SYSROOT /var/tmp/buurtkiosk-arm64-sysroot)
  endif()
endif()
set(BUURTKIOSK_ARM64_SYSROOT "${BUURTKIOSK_ARM64_SYSROOT}" CACHE PATH "The arm64 Debian sysroot")
# try_compile projects read this file again: give them the same sysroot.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES BUURTKIOSK_ARM64_SYSROOT)
if(NOT EXISTS "${BUURTKIOSK_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu")
  message(FATAL_ERROR "No arm64 sysroot at ${BUURTKIOSK_ARM64_SYSROOT} "
                      "(kiosk-images/build-arm64-deb.sh makes it)")
endif()

set(CMAKE_SYSROOT "${BUURTKIOSK_ARM64_SYSROOT}")
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)

# Programs (pkg-config, the build's own tools) from the host; libraries, headers and CMake
# package files only from the sysroot.
set(CMAKE_FIND_ROOT_PATH "${BUURTKIOSK_ARM64_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# The host's pkg-config reads only the sysroot's .pc files and prefixes their paths with it.
set(ENV{PKG_CONFIG_SYSROOT_DIR} "${BUURTKIOSK_ARM64_SYSROOT}")
set(ENV{PKG_CONFIG_LIBDIR}
    "${BUURTKIOSK_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu/pkgconfig:${BUURTKIOSK_ARM64_SYSROOT}/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
