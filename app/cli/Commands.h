#pragma once
// The verbs of neurona-cli. Each returns the process exit code.
#include "cli/CommandLine.h"

#include <iosfwd>

namespace neurona::cli {

enum ExitCode : int { kOk = 0, kUsage = 1, kBadFile = 2, kDiverged = 3 };

int runDataset(const Command& c, std::ostream& out, std::ostream& err);
int runTrain(const Command& c, std::ostream& out, std::ostream& err, bool errIsTerminal);
int runPredict(const Command& c, std::ostream& out, std::ostream& err);
int runExport(const Command& c, std::ostream& out, std::ostream& err);
int runInfo(const Command& c, std::ostream& out, std::ostream& err);

// Parses argv and runs the verb (help, version and usage errors included).
int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                   bool errIsTerminal);

} // namespace neurona::cli
