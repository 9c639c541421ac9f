// libFuzzer harness: the bytes are split at NUL into an argument vector for neurona-cli's parser,
// which must return a command or a usage error, never crash.
#include "cli/CommandLine.h"

#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args{"neurona-cli"};
  std::string current;
  for (std::size_t i = 0; i < size && args.size() < 64; ++i) {
    if (data[i] == 0) {
      args.push_back(current);
      current.clear();
    } else {
      current.push_back(static_cast<char>(data[i]));
    }
  }
  if (!current.empty()) args.push_back(current);
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  argv.push_back(nullptr);
  const auto result = neurona::cli::CommandLine::parse(static_cast<int>(args.size()), argv.data());
  if (const auto* usage = std::get_if<neurona::cli::UsageError>(&result))
    (void)neurona::cli::CommandLine::usage(usage->verb);
  return 0;
}
