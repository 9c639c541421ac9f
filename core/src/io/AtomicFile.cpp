#include "neurona/core/io/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/file.h>
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

// Whether `name` is one of write()'s temporary names for `target`: "." + target + "." + six characters of
// mkstemp's alphabet.
bool isTemporaryOf(const std::string& name, const std::string& target) {
  const std::string prefix = "." + target + ".";
  if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) return false;
  for (std::size_t i = prefix.size(); i < name.size(); ++i) {
    const char c = name[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// Removes the temporary files that earlier writes of `path` left behind when they were killed. A write
// holds an exclusive lock on its temporary file until it is renamed; a killed process holds none, so a
// temporary file whose lock can be taken is stale. Symbolic links and anything not a regular file are
// left alone.
void removeStaleTemporaries(const std::filesystem::path& dir, const std::filesystem::path& path) {
  const std::string target = path.filename().string();
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!isTemporaryOf(name, target) || !it->is_regular_file(ec) || it->is_symlink(ec)) continue;
    const int fd = ::open(it->path().c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) continue;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) ::unlink(it->path().c_str());
    ::close(fd);
  }
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
  removeStaleTemporaries(dir, path);
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return writeError(path);
  ::flock(fd, LOCK_EX); // held until close: this temporary file is in use (removeStaleTemporaries)
  const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
  // mkstemp creates 0600. A file that exists keeps its permissions (a private 0600 file stays private);
  // a new one gets the usual permissions of a saved document.
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
    ::fchmod(fd, existing.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  // Renamed while still locked, so that no other write takes it for stale in between.
  const bool renamed = written && std::rename(tmpl.c_str(), path.c_str()) == 0;
  const bool closed = ::close(fd) == 0;
  if (!renamed) {
    std::remove(tmpl.c_str());
    return writeError(path);
  }
  if (!closed) return writeError(path); // after a successful fsync: rare, and the file is in place
  // Make the rename itself durable.
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return {};
}

} // namespace neurona
