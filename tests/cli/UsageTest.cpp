// neurona-cli's description (cli/Usage.h), from which its --help, manual page and bash completion are all
// rendered, agrees with what the parser accepts and with the engine's lists.
#include "cli/Usage.h"
#include "cli/CommandLine.h"
#include "neurona/core/data/Generators.h"
#include "neurona/core/export/ExportFormat.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace neurona;
using namespace neurona::cli;

namespace {

// A value the parser takes for an option or operand of this kind.
std::string sampleValue(const ValueSpec& kind, const std::string& option) {
  switch (kind.kind) {
  case ValueKind::Number: return "3";
  case ValueKind::Text:
    return option == "--param" ? "turns=2" : option == "--set" ? "training.seed=1,2" : "x";
  case ValueKind::Choice: return kind.choices.empty() ? "" : kind.choices.front();
  case ValueKind::File: return kind.globs.empty() ? "out.bin" : "file" + kind.globs.front().substr(1);
  case ValueKind::None: break;
  }
  return {};
}

// The verb with its operands and required options: the shortest command line the synopsis allows.
std::vector<std::string> minimal(const VerbSpec& v) {
  std::vector<std::string> args{"neurona-cli", std::string(toString(v.verb))};
  for (const OperandSpec& o : v.operands) args.push_back(sampleValue(o.kind, {}));
  for (const OptionSpec& o : v.options)
    if (o.required) {
      args.push_back(o.name);
      args.push_back(sampleValue(o.kind, o.name));
    }
  return args;
}

bool parses(const std::vector<std::string>& args, std::string* error = nullptr) {
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  const auto r = CommandLine::parse(static_cast<int>(argv.size()), argv.data());
  if (const auto* e = std::get_if<UsageError>(&r)) {
    if (error) *error = e->message;
    return false;
  }
  return true;
}

std::string joined(const std::vector<std::string>& args) {
  std::string s;
  for (const std::string& a : args) s += a + " ";
  return s;
}

} // namespace

TEST(Usage, TheSynopsisIsAValidCommandLine) {
  for (const VerbSpec& v : Usage::verbs()) {
    std::string error;
    EXPECT_TRUE(parses(minimal(v), &error)) << joined(minimal(v)) << ": " << error;
  }
}

TEST(Usage, EveryRequiredOptionIsRequired) {
  for (const VerbSpec& v : Usage::verbs())
    for (const OptionSpec& o : v.options) {
      if (!o.required) continue;
      std::vector<std::string> args = minimal(v);
      for (auto it = args.begin(); it != args.end(); ++it)
        if (*it == o.name) {
          args.erase(it, it + 2);
          break;
        }
      EXPECT_FALSE(parses(args)) << joined(args) << "(without " << o.name << ")";
    }
}

TEST(Usage, EveryListedOptionIsAcceptedByItsVerb) {
  for (const VerbSpec& v : Usage::verbs())
    for (const OptionSpec& o : v.options) {
      std::vector<std::string> args = minimal(v);
      if (o.required) continue; // already in
      args.push_back(o.name);
      if (!o.value.empty()) args.push_back(sampleValue(o.kind, o.name));
      std::string error;
      EXPECT_TRUE(parses(args, &error)) << joined(args) << ": " << error;
    }
}

TEST(Usage, OptionsOfOtherVerbsAreRefused) {
  // The completion offers a verb's listed options only: the parser must refuse every other one.
  std::set<std::string> all;
  for (const VerbSpec& v : Usage::verbs())
    for (const OptionSpec& o : v.options) all.insert(o.name);
  for (const VerbSpec& v : Usage::verbs()) {
    std::set<std::string> own;
    for (const OptionSpec& o : v.options) own.insert(o.name);
    for (const std::string& name : all) {
      if (own.count(name)) continue;
      std::vector<std::string> args = minimal(v);
      args.push_back(name);
      args.push_back("3");
      EXPECT_FALSE(parses(args)) << joined(args);
    }
  }
}

TEST(Usage, EveryFormatAndGeneratorOfTheEngineIsListed) {
  const VerbSpec& exportVerb = Usage::verb(Verb::Export);
  ASSERT_EQ(exportVerb.definitions.size(), allExportFormats().size());
  for (std::size_t i = 0; i < exportVerb.definitions.size(); ++i) {
    EXPECT_EQ(exportVerb.definitions[i].term, toString(allExportFormats()[i]));
    EXPECT_FALSE(exportVerb.definitions[i].meaning.empty()) << exportVerb.definitions[i].term;
  }
  const std::string_view help = Usage::text(Verb::Dataset);
  for (const GeneratorInfo& g : allGenerators())
    EXPECT_NE(help.find(std::string(g.name)), std::string_view::npos) << g.name;
  for (ExportFormat f : allExportFormats())
    EXPECT_NE(Usage::text(Verb::Export).find("  " + std::string(toString(f)) + " "), std::string_view::npos);
}

TEST(Usage, HelpStartsWithTheSynopsisAndFitsItsWidth) {
  for (const VerbSpec& v : Usage::verbs()) {
    const std::string text(Usage::text(v.verb));
    EXPECT_EQ(text.rfind("Usage: neurona-cli " + std::string(toString(v.verb)) + " ", 0), 0u) << text;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), Usage::kWidth) << line;
    for (const OptionSpec& o : v.options) EXPECT_NE(text.find("  " + o.name), std::string::npos) << o.name;
  }
  EXPECT_EQ(CommandLine::usage(Verb::None), Usage::text(Verb::None));
}
