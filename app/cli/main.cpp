// neurona-cli: the headless companion of the Neurona app.
#include <cstring>
#include <iostream>
#include <string_view>

namespace {

constexpr std::string_view kUsage =
    "Usage: neurona-cli VERB [ARGS...]\n"
    "\n"
    "Verbs:\n"
    "  dataset GENERATOR [--samples N] [--noise F] [--classes K] [--seed S] --out FILE.csv\n"
    "  train PROJECT.neurona [--epochs N] [--seed S] [--out MODEL.json] [--history FILE.csv] [--quiet]\n"
    "  predict MODEL.json INPUT.csv [--out OUT.csv]\n"
    "  export MODEL.json --format onnx|numpy|pytorch|keras|cpp --out FILE\n"
    "  info MODEL.json|PROJECT.neurona\n"
    "\n"
    "Options:\n"
    "  --help      show this help\n"
    "  --version   show the version\n";

} // namespace

int main(int argc, char* argv[]) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 1;
  }
  const std::string_view first = argv[1];
  if (first == "--help" || first == "-h") {
    std::cout << kUsage;
    return 0;
  }
  if (first == "--version") {
    std::cout << "neurona-cli " << NEURONA_VERSION << '\n';
    return 0;
  }
  std::cerr << "neurona-cli: the verb '" << first << "' is not available in this version\n";
  return 1;
}
