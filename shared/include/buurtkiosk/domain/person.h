// A visitor's first name and phone number as typed on a form: the one set of rules that the
// forms show as messages and the store enforces before anything is written.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bk {

enum class PhoneRule { Optional, Required }; // a sign-up may leave it empty, a callback not

struct PersonCheck {
    std::string first_name;           // without spaces around it
    std::optional<std::string> phone; // normalised (phone_number.h); none when left empty
    // Why each was refused, as ids the UI turns into words with "err_" in front:
    // "first_name_empty", "first_name_too_long", and phone_problem_id()'s.
    std::optional<std::string> name_problem;
    std::optional<std::string> phone_problem;
    bool ok() const { return !name_problem && !phone_problem; }
};

// At most 100 bytes of name: the forms stop at 40 characters, the store refuses more.
PersonCheck check_person(std::string_view first_name, std::string_view phone, PhoneRule rule);

// The name problem in English words for logs and exceptions: "first name is empty".
std::string name_problem_words(std::string_view id);

} // namespace bk
