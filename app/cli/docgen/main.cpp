// neurona-cli-docgen: writes the manual pages and the bash completion at build time, from the same
// description as neurona-cli's --help. Not installed.
//   neurona-cli-docgen man-cli|man-gui|bash-completion OUTPUT VERSION DATE
#include "cli/docgen/BashCompletion.h"
#include "cli/docgen/ManPage.h"
#include "neurona/core/io/AtomicFile.h"

#include <iostream>
#include <string_view>

int main(int argc, char* argv[]) {
  using namespace neurona::cli;
  if (argc != 5) {
    std::cerr << "usage: neurona-cli-docgen man-cli|man-gui|bash-completion OUTPUT VERSION DATE\n";
    return 1;
  }
  const std::string_view what = argv[1];
  const ManPageInfo info{argv[3], argv[4]};
  std::string text;
  if (what == "man-cli")
    text = ManPage::cli(info);
  else if (what == "man-gui")
    text = ManPage::gui(info);
  else if (what == "bash-completion")
    text = BashCompletion::script();
  else {
    std::cerr << "neurona-cli-docgen: unknown output '" << what << "'\n";
    return 1;
  }
  if (!neurona::AtomicFile::write(argv[2], text).ok()) {
    std::cerr << "neurona-cli-docgen: cannot write " << argv[2] << "\n";
    return 2;
  }
  return 0;
}
