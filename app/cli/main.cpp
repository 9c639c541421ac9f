// neurona-cli: the headless companion of the Neurona app (no Qt).
#include "cli/Commands.h"
#include "neurona/core/cpu/ComputeThread.h"

#include <exception>
#include <iostream>
#include <new>
#include <unistd.h>

int main(int argc, char* argv[]) {
  neurona::enterComputeThread(); // the CLI trains and predicts on this thread: subnormals off
  // The boundary: inputs are checked before they are used, so nothing should arrive here; should a
  // library still throw (memory short of what the limits allow, say), the program says so and exits
  // with the bad-input code rather than aborting.
  try {
    return neurona::cli::runCommandLine(argc, argv, std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1);
  } catch (const std::bad_alloc&) {
    std::cerr << "neurona-cli: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "neurona-cli: internal error (" << e.what() << ")\n";
  }
  return neurona::cli::kBadFile;
}
