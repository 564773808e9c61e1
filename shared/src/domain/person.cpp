#include "buurtkiosk/domain/person.h"

#include "buurtkiosk/domain/phone_number.h"
#include "buurtkiosk/domain/trim.h"

namespace bk {

std::string name_problem_words(std::string_view id) {
    return id == "first_name_too_long" ? "first name is too long" : "first name is empty";
}

PersonCheck check_person(std::string_view first_name, std::string_view phone, PhoneRule rule) {
    PersonCheck check;
    check.first_name = trim(first_name);
    if (check.first_name.empty())
        check.name_problem = "first_name_empty";
    else if (check.first_name.size() > 100)
        check.name_problem = "first_name_too_long";
    if (rule == PhoneRule::Optional && trim(phone).empty()) return check;
    PhoneCheck number = check_phone_number(phone);
    if (number.ok())
        check.phone = number.number;
    else
        check.phone_problem = std::string(phone_problem_id(*number.problem));
    return check;
}

} // namespace bk
