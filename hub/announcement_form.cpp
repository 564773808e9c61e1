// AnnouncementForm: between the desk's form fields and an entry of announcements.json.
#include "announcement_form.h"

#include "activity_form.h"
#include "form_text.h"

#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/content/field_reader.h"
#include "buurtkiosk/domain/content.h"
#include "buurtkiosk/domain/trim.h"
#include "buurtkiosk/speech/dutch_numbers.h"

#include <sstream>

namespace bk::hub {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kTextLength = 300;
constexpr int kIdWords = 5;

// 2026-11-03 -> "3 november 2026".
std::string written_date(Date date) {
    return std::to_string(static_cast<unsigned>(date.day())) + " " +
           std::string(dutch_month_name(static_cast<unsigned>(date.month()))) + " " +
           std::to_string(static_cast<int>(date.year()));
}

// "Elke donderdag is er soep van de buurt." -> "Elke donderdag is er soep".
std::string first_words(const std::string& text) {
    std::istringstream words(text);
    std::string first;
    std::string word;
    for (int n = 0; n < kIdWords && words >> word; ++n)
        first += (first.empty() ? "" : " ") + word;
    return first;
}

// The checks an editor understands, in Dutch, before the kiosk's own reading.
void check_fields(const AnnouncementForm& f, Date today,
                  std::map<std::string, std::string>& errors) {
    auto text = f.text.find("nl");
    if (text == f.text.end() || trim(text->second).empty())
        errors["text_nl"] = "Schrijf de mededeling in het Nederlands.";
    for (const auto& [language, typed] : f.text)
        if (character_count(trim(typed)) > kTextLength)
            errors["text_" + language] = "Houd een mededeling kort: hoogstens 300 tekens.";
    for (const char* key : {"from", "until"}) {
        const std::string& value = std::string(key) == "from" ? f.from : f.until;
        if (!value.empty() && !is_date(value))
            errors[key] = "Vul een datum in als 2026-12-24, of laat het leeg.";
    }
    if (!is_date(f.until)) return;
    const Date until = *parse_date(f.until);
    if (is_date(f.from) && until < *parse_date(f.from))
        errors["until"] = "De laatste dag ligt vóór de eerste dag (" +
                          written_date(*parse_date(f.from)) + "). Kies een latere datum.";
    else if (until < today)
        errors["until"] = "Deze mededeling is al voorbij: de laatste dag was " +
                          written_date(until) +
                          ". Kies een latere datum, of laat het leeg om haar altijd te tonen.";
}

Json entry_of(const AnnouncementForm& f) {
    Json a{{"id", f.id}, {"text", texts(f.text)}};
    if (!f.from.empty()) a["from"] = f.from;
    if (!f.until.empty()) a["until"] = f.until;
    return a;
}

} // namespace

AnnouncementForm announcement_form_of(const Json& a) {
    AnnouncementForm f;
    f.id = text_in(a, "id");
    read_texts(a, "text", f.text);
    f.from = text_in(a, "from");
    f.until = text_in(a, "until");
    return f;
}

AnnouncementForm announcement_form_of(const std::function<std::string(const std::string&)>& field) {
    AnnouncementForm f;
    f.id = field("id");
    for (const std::string& language : desk_languages())
        f.text[language] = unix_lines(field("text_" + language));
    f.from = trim(field("from"));
    f.until = trim(field("until"));
    return f;
}

AnnouncementCheck check_announcement(AnnouncementForm form, const Json& others, Date today) {
    AnnouncementCheck check;
    check_fields(form, today, check.errors);
    if (!check.errors.empty()) return check;
    if (form.id.empty())
        form.id = unique_id(id_from(first_words(trim(form.text["nl"])), "mededeling"), others);
    Json entry = entry_of(form);

    // The kiosk's own reading, on this one entry among none: what it refuses, the desk refuses.
    std::vector<BundleProblem> problems;
    FieldReader reader("announcements.json", problems);
    std::vector<Announcement> read;
    read_announcements_file(Json{{"announcements", Json::array({entry})}}, reader, read);
    for (const BundleProblem& p : problems) {
        std::string& message =
            check.errors[form_field_of(p.field, {"text"}, {"id", "from", "until"})];
        if (message.empty()) message = "De kiosk weigert dit: " + p.message;
    }
    if (check.errors.empty()) check.announcement = entry;
    return check;
}

} // namespace bk::hub
