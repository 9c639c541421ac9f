#pragma once
// The verbs of neurona-cli. Each returns the process exit code.
#include "cli/CommandLine.h"

#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/ProjectData.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace neurona::cli {

// kBadSetting shares its code with kBadFile: something the user gave (here NEURONA_KERNELS) cannot be used.
enum ExitCode : int { kOk = 0, kUsage = 1, kBadFile = 2, kBadSetting = 2, kDiverged = 3 };

int runDataset(const Command& c, std::ostream& out, std::ostream& err);
int runTrain(const Command& c, std::ostream& out, std::ostream& err, bool errIsTerminal);
int runPredict(const Command& c, std::ostream& out, std::ostream& err);
int runExport(const Command& c, std::ostream& out, std::ostream& err);
int runInfo(const Command& c, std::ostream& out, std::ostream& err);
int runSweep(const Command& c, std::ostream& out, std::ostream& err, bool errIsTerminal);
int runStep(const Command& c, std::ostream& out, std::ostream& err);

// Prints the network's validation errors for a run on this data ("FILE: network.layers[2]: ...") and
// returns kBadFile, or returns kOk when there are none (train and export --format pytorch-train).
int refuseInvalidNetwork(const std::string& projectFile, const Project& project, const PreparedData& data,
                         std::ostream& err);

// Whether `a` and `b` name the same file: the same path once symbolic links and ".." are resolved, or
// the same file on disk (a hard link).
bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b);

// Prints the validation errors (ProjectRun::check's diagnostics) as refuseInvalidNetwork does.
void printNetworkRefusal(const std::string& projectFile, const Project& project, const PreparedData& data,
                         const std::vector<Diagnostic>& diagnostics, std::ostream& err);

// Whether a parsed JSON document is a project file (its "format" is neurona-project): the export and info
// verbs take a model or a project and tell them apart by this, not by the file's name. (In InfoCommand.cpp,
// which the info fuzzer builds alone.)
bool isProjectDocument(const nlohmann::json& doc);

// Parses argv, switches to the kernel set NEURONA_KERNELS names (if any), and runs the verb (help, version
// and usage errors included).
int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                   bool errIsTerminal);

} // namespace neurona::cli
