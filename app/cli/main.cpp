// neurona-cli: the headless companion of the Neurona app (no Qt).
#include "cli/Commands.h"
#include "neurona/core/cpu/ComputeThread.h"

#include <iostream>
#include <unistd.h>

int main(int argc, char* argv[]) {
  neurona::enterComputeThread(); // the CLI trains and predicts on this thread: subnormals off
  return neurona::cli::runCommandLine(argc, argv, std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1);
}
