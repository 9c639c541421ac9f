#include "neurona/core/io/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace neurona {
namespace {

Error writeError(const std::filesystem::path& path) {
  Error e;
  e.code = ErrorCode::CannotWrite;
  e.file = path.string();
  return e;
}

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false; // ENOSPC, EFBIG (a full disk or quota), EIO, ...
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

} // namespace

Result<std::string> AtomicFile::read(const std::filesystem::path& path, std::uint64_t maxBytes) {
  Result<std::string> out;
  // Only regular files: a folder, a FIFO or a device such as /dev/zero would fail or never end.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    out.error.code = std::filesystem::exists(path, ec) ? ErrorCode::NotRegularFile : ErrorCode::CannotOpen;
    out.error.file = path.string();
    return out;
  }
  if (const std::uintmax_t size = std::filesystem::file_size(path, ec); !ec && size > maxBytes) {
    out.error.code = ErrorCode::TooLarge;
    out.error.file = path.string();
    out.error.actual = static_cast<std::int64_t>(std::min<std::uintmax_t>(size, INT64_MAX));
    out.error.expected = static_cast<std::int64_t>(std::min<std::uint64_t>(maxBytes, INT64_MAX));
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.error.code = ErrorCode::CannotOpen;
    out.error.file = path.string();
    return out;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out.value = std::move(ss).str();
  return out;
}

Error AtomicFile::write(const std::filesystem::path& path, std::string_view bytes) {
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  // mkstemp gives a unique temporary name in the target's folder, so the rename stays on one filesystem.
  std::string name = ".";
  name.append(path.filename().string()).append(".XXXXXX");
  std::string tmpl = (dir / name).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return writeError(path);
  const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
  // mkstemp creates 0600; a saved document should get the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  const bool closed = ::close(fd) == 0;
  if (!written || !closed || std::rename(tmpl.c_str(), path.c_str()) != 0) {
    std::remove(tmpl.c_str());
    return writeError(path);
  }
  // Make the rename itself durable.
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return {};
}

} // namespace neurona
