// The argument parser on its own (no process). neurona-cli's sources are not in a library, so the
// parser's translation unit is compiled into this test.
#include "cli/CommandLine.cpp"

#include <gtest/gtest.h>

#include <vector>

using namespace neurona;
using namespace neurona::cli;

namespace {

std::variant<Command, UsageError> parseArgs(std::vector<const char*> args) {
  args.insert(args.begin(), "neurona-cli");
  return CommandLine::parse(static_cast<int>(args.size()), args.data());
}

} // namespace

TEST(CommandLine, ParsesEveryVerb) {
  auto r = parseArgs({"dataset", "spiral", "--samples", "300", "--noise=0.2", "--classes", "3", "--seed", "9",
                      "--param", "turns=2", "--out", "s.csv"});
  ASSERT_TRUE(std::holds_alternative<Command>(r));
  Command c = std::get<Command>(r);
  EXPECT_EQ(c.verb, Verb::Dataset);
  EXPECT_EQ(c.generator, "spiral");
  EXPECT_EQ(c.samples, 300);
  EXPECT_EQ(c.noise, 0.2);
  EXPECT_EQ(c.classes, 3);
  EXPECT_EQ(c.seed, 9u);
  EXPECT_EQ(c.params.at("turns"), 2.0);
  EXPECT_EQ(c.out, "s.csv");

  r = parseArgs({"train", "p.neurona", "--epochs", "10", "--quiet", "--history", "h.csv"});
  ASSERT_TRUE(std::holds_alternative<Command>(r));
  c = std::get<Command>(r);
  EXPECT_EQ(c.project, "p.neurona");
  EXPECT_EQ(c.epochs, 10);
  EXPECT_TRUE(c.quiet);
  EXPECT_EQ(c.history, "h.csv");
  EXPECT_TRUE(c.out.empty());

  r = parseArgs({"export", "m.json", "--format", "cpp", "--out", "m.h"});
  ASSERT_TRUE(std::holds_alternative<Command>(r));
  EXPECT_EQ(std::get<Command>(r).format, ExportFormat::Cpp);

  r = parseArgs({"predict", "m.json", "--", "--odd-name.csv"});
  ASSERT_TRUE(std::holds_alternative<Command>(r));
  EXPECT_EQ(std::get<Command>(r).input, "--odd-name.csv");
}

TEST(CommandLine, RejectsBadArguments) {
  const std::vector<std::vector<const char*>> bad = {
      {},
      {"nope"},
      {"dataset", "moons"},
      {"dataset", "moons", "--samples", "0", "--out", "x"},
      {"dataset", "moons", "--noise", "nan", "--out", "x"},
      {"dataset", "moons", "--param", "cov", "--out", "x"},
      {"train"},
      {"train", "a", "b"},
      {"train", "a", "--epochs", "-1"},
      {"train", "a", "--seed", "1.5"},
      {"predict", "m.json"},
      {"export", "m.json", "--format", "onnx"},
      {"info"},
      {"info", "m.json", "--out", "x"},
      {"train", "a", "--quiet=yes"},
      {"export", "m.json", "--seed", "3", "--format", "onnx", "--out", "x"}};
  for (const auto& args : bad) {
    const auto r = parseArgs(args);
    EXPECT_TRUE(std::holds_alternative<UsageError>(r))
        << (args.empty() ? "(none)" : args[0]) << " " << args.size();
  }
}

TEST(CommandLine, HelpAndVersion) {
  auto r = parseArgs({"--version"});
  ASSERT_TRUE(std::holds_alternative<Command>(r));
  EXPECT_TRUE(std::get<Command>(r).version);
  r = parseArgs({"info", "--help"});
  ASSERT_TRUE(std::holds_alternative<Command>(r));
  EXPECT_TRUE(std::get<Command>(r).help);
  EXPECT_EQ(std::get<Command>(r).verb, Verb::Info);
  EXPECT_NE(CommandLine::usage(Verb::Train).find("--history"), std::string_view::npos);
}
