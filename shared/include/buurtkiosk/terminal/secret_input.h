// A new secret from standard input: the kiosk's volunteer PIN (--set-volunteer-pin), a desk
// password (buurtkiosk-hub user add). On a terminal it is asked twice without echo; piped, one
// line.
#pragma once
#include <optional>
#include <string>

namespace bk {

// nullopt when nothing could be read or the two typed differ (`problem` says which, in English).
// `what` names the secret in the prompts ("password for anna", "volunteer PIN").
std::optional<std::string> read_new_secret(const std::string& what, std::string& problem);

} // namespace bk
