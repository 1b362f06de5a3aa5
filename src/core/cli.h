// Command-line parsing with node's habits: runtime options, then the script (or -e/-p/-),
// then the script's own arguments.
#pragma once
#include <string>
#include "core/options.h"

namespace pjs {

enum class CliAction { Run, PrintVersion, PrintHelp, Error };

struct CliResult {
  CliAction action = CliAction::Run;
  std::string error;  // for CliAction::Error: the message after "protojs: "
};

CliResult parseCommandLine(int argc, char** argv, Options& out);
const char* helpText();

constexpr const char* kProtojsVersion = "0.1.0";
constexpr const char* kNodeVersion = "24.21.0";  // the Node.js API level protoJS follows

}  // namespace pjs
