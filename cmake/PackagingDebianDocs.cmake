# Run by CPack while it installs into its staging folder (CPACK_INSTALL_SCRIPTS), for the package alone:
# /usr/share/doc/neurona/copyright and changelog.Debian.gz, which Debian requires of every package.
# file(INSTALL) honours the staging DESTDIR that CPack sets.
if(NOT CPACK_NEURONA_DEBIAN_DOCS)
  message(FATAL_ERROR "CPACK_NEURONA_DEBIAN_DOCS is not set")
endif()
file(INSTALL ${CPACK_NEURONA_DEBIAN_DOCS}/copyright ${CPACK_NEURONA_DEBIAN_DOCS}/changelog.Debian.gz
  DESTINATION "${CPACK_PACKAGING_INSTALL_PREFIX}/share/doc/neurona"
  FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
