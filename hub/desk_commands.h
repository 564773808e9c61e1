// `buurtkiosk-hub user ...`: the desk's accounts on the command line (docs/desk.md).
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace bk::hub {

// `args` follow the word "user": add NAME --role R [--group G]..., list, remove NAME,
// passwd NAME, unlock NAME (each may also take --data DIR). Passwords come from standard input.
// Returns the exit code: 0 done, 2 bad input (nothing changed), 1 the store failed.
int user_command(std::filesystem::path data, const std::vector<std::string>& args);

} // namespace bk::hub
