# `make package` (cmake --build build --target package): the Debian package neurona_VERSION-1_ARCH.deb,
# made by CPack from the install rules. Its dependencies come from dpkg-shlibdeps; the Debian-only files
# (the copyright in machine-readable form and changelog.Debian.gz) are added to the package alone, by
# PackagingDebianDocs.cmake, so that `cmake --install` into a prefix does not get them.
set(NEURONA_CONTACT "neurona-edu@users.noreply.github.com")
set(NEURONA_DEB_RELEASE 1)
set(NEURONA_DEB_VERSION "${PROJECT_VERSION}-${NEURONA_DEB_RELEASE}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME neurona)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Neurona developers")
set(CPACK_PACKAGE_CONTACT "The Neurona developers <${NEURONA_CONTACT}>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${NEURONA_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${NEURONA_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own dialogs and buttons in Spanish.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The synopsis is the project's DESCRIPTION; this is the extended description (at most 80 columns).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Neurona is a desktop app for learning how neural networks work: students
drag layers onto a canvas, train them on 2D toy datasets while the loss
curve and the decision boundary move, and export the trained model to
ONNX, NumPy, PyTorch, Keras or a dependency-free C++ header. Guided
lessons (English and Spanish) and example projects are included.
.
neurona-cli generates datasets, trains projects, runs and exports models
from the command line with the same engine.")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# changelog.Debian.gz: the release date in RFC 2822 form, compressed as Debian wants it (gzip -9n).
execute_process(COMMAND date -u -R -d "${NEURONA_RELEASE_DATE} 12:00"
  OUTPUT_VARIABLE NEURONA_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(NEURONA_DEBIAN_DOCS ${PROJECT_BINARY_DIR}/packaging/debian)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in ${NEURONA_DEBIAN_DOCS}/changelog.Debian @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${NEURONA_DEBIAN_DOCS}/copyright @ONLY)
add_custom_command(OUTPUT ${NEURONA_DEBIAN_DOCS}/changelog.Debian.gz
  COMMAND gzip -9nkf ${NEURONA_DEBIAN_DOCS}/changelog.Debian
  DEPENDS ${NEURONA_DEBIAN_DOCS}/changelog.Debian VERBATIM)
add_custom_target(neurona_debian_docs ALL DEPENDS ${NEURONA_DEBIAN_DOCS}/changelog.Debian.gz)
set(CPACK_NEURONA_DEBIAN_DOCS ${NEURONA_DEBIAN_DOCS})
set(CPACK_INSTALL_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/PackagingDebianDocs.cmake)

include(CPack)
