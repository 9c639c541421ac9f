// libFuzzer harness: any bytes as the file of `neurona-cli info` (a model or a project), through the
// verb itself. It must end with exit 0 or 2, never crash, and print no control character but line
// feeds: names from the file are escaped before they reach a terminal.
#include "cli/Commands.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

void checkPrintable(const std::string& text) {
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u != '\n' && (u < 0x20 || u == 0x7f)) std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // One private folder per process, removed at exit: a project's relative CSV path resolves inside it.
  struct Folder {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 std::string("neurona_fuzz_info_").append(std::to_string(::getpid()));
    Folder() { std::filesystem::create_directories(path); }
    ~Folder() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static const Folder folder;
  const std::filesystem::path& dir = folder.path;
  const std::filesystem::path file = dir / "input.neurona";
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  neurona::cli::Command c;
  c.verb = neurona::cli::Verb::Info;
  c.file = file.string();
  std::ostringstream out, err;
  const int code = neurona::cli::runInfo(c, out, err);
  if (code != neurona::cli::kOk && code != neurona::cli::kBadFile) std::abort();
  checkPrintable(out.str());
  checkPrintable(err.str());
  return 0;
}
