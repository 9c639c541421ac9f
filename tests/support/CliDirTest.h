#pragma once
// Base fixture of the CLI tests that write files: a fresh folder per test (named after the suite, the test
// and the process, so parallel runs never share one), removed afterwards, and neurona-cli run in it.
#include "support/CliRunner.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

namespace clitest {

class CliDirTest : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = std::filesystem::temp_directory_path() / (std::string("neurona_") + info->test_suite_name() +
                                                      "_" + info->name() + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }

  std::string file(const std::string& name) const { return (m_dir / name).string(); }
  static std::string q(const std::string& path) { return clitest::quoted(path); }
  CliRun cli(const std::string& args) const { return runCli(args, m_dir); }

  std::filesystem::path m_dir;
};

} // namespace clitest
