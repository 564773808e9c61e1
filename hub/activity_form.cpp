// ActivityForm: between the desk's form fields and an entry of activities.json.
#include "activity_form.h"

#include "form_text.h"

#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/content/field_reader.h"
#include "buurtkiosk/content/manifest.h"
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/content.h"
#include "buurtkiosk/domain/trim.h"
#include "buurtkiosk/speech/dutch_numbers.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace bk::hub {
namespace {

using Json = nlohmann::json;

// The dates of the "except" field as typed: separated by line breaks, spaces or commas.
std::vector<std::string> except_dates(const std::string& typed) {
    std::string spaced = typed;
    std::replace_if(
        spaced.begin(), spaced.end(), [](char c) { return c == ',' || c == ';'; }, ' ');
    std::istringstream words(spaced);
    std::vector<std::string> dates;
    for (std::string word; words >> word;)
        dates.push_back(word);
    return dates;
}

// The form field a problem of the kiosk's reading belongs to ("activities[0].weekly.start" ->
// "start"); "" when none does (shown above the form).
std::string field_of(const std::string& path) {
    return form_field_of(path, {"title", "description"},
                         {"weekday", "date", "start", "end", "from", "until", "except", "category",
                          "place", "capacity", "image", "url"},
                         {"weekly.", "once."});
}

bool is_time(const std::string& text) {
    return text.size() == 5 && parse_time(text).has_value();
}

// The checks an editor understands, in Dutch, before the kiosk's own reading.
void check_fields(const ActivityForm& f, std::map<std::string, std::string>& errors) {
    auto title = f.title.find("nl");
    if (title == f.title.end() || trim(title->second).empty())
        errors["title_nl"] = "Geef de activiteit een naam in het Nederlands.";
    for (const auto& [language, text] : f.title)
        if (text.size() > 120)
            errors["title_" + language] = "Houd de naam kort: hoogstens 120 tekens.";
    for (const auto& [language, text] : f.description)
        if (text.size() > 2000) errors["description_" + language] = "Hoogstens 2000 tekens.";
    if (!parse_category(f.category)) errors["category"] = "Kies een soort activiteit.";
    if (f.kind == "weekly") {
        if (!parse_weekday(f.weekday)) errors["weekday"] = "Kies een dag van de week.";
    } else if (f.kind == "once") {
        if (!is_date(f.date)) errors["date"] = "Vul een datum in, bijvoorbeeld 2026-12-24.";
    } else {
        errors["kind"] = "Kies: elke week, of op één datum.";
    }
    if (!is_time(f.start)) errors["start"] = "Vul een begintijd in, bijvoorbeeld 10:00.";
    if (f.kind == "weekly" || !f.end.empty()) {
        if (!is_time(f.end))
            errors["end"] = "Vul een eindtijd in, bijvoorbeeld 11:30.";
        else if (is_time(f.start) && *parse_time(f.end) <= *parse_time(f.start))
            errors["end"] = "De eindtijd moet na de begintijd liggen.";
    }
    if (f.kind != "weekly") return;
    for (const char* key : {"from", "until"}) {
        const std::string& value = std::string(key) == "from" ? f.from : f.until;
        if (!value.empty() && !is_date(value))
            errors[key] = "Vul een datum in als 2026-12-24, of laat het leeg.";
    }
    if (is_date(f.from) && is_date(f.until) && *parse_date(f.until) < *parse_date(f.from))
        errors["until"] = "Deze datum ligt vóór de eerste datum.";
    auto weekday = parse_weekday(f.weekday);
    for (const std::string& date : except_dates(f.except)) {
        if (!is_date(date)) {
            errors["except"] = "\"" + date +
                               "\" is geen datum. Schrijf data als 2026-12-24, "
                               "één per regel.";
            break;
        }
        if (weekday && iso_weekday(*parse_date(date)) != *weekday) {
            errors["except"] = date + " is geen " + f.weekday +
                               ": dan is de activiteit er toch "
                               "al niet.";
            break;
        }
    }
    const std::string capacity = trim(f.capacity);
    if (!capacity.empty()) {
        const bool digits =
            capacity.size() <= 5 && std::all_of(capacity.begin(), capacity.end(),
                                                [](unsigned char c) { return std::isdigit(c); });
        if (!digits || std::stoi(capacity) < 1 || std::stoi(capacity) > 10000)
            errors["capacity"] = "Een aantal plaatsen van 1 tot 10000, of leeg als iedereen "
                                 "zo binnen kan lopen.";
    }
}

Json entry_of(const ActivityForm& f) {
    Json a{{"id", f.id}, {"title", texts(f.title)}, {"category", f.category}};
    if (Json d = texts(f.description); !d.empty()) a["description"] = d;
    if (!trim(f.place).empty()) a["place"] = trim(f.place);
    if (f.kind == "weekly") {
        Json weekly{{"weekday", f.weekday}, {"start", f.start}, {"end", f.end}};
        if (!f.from.empty()) weekly["from"] = f.from;
        if (!f.until.empty()) weekly["until"] = f.until;
        std::vector<std::string> except = except_dates(f.except);
        std::sort(except.begin(), except.end());
        except.erase(std::unique(except.begin(), except.end()), except.end());
        if (!except.empty()) weekly["except"] = except;
        a["weekly"] = weekly;
    } else {
        Json once{{"date", f.date}, {"start", f.start}};
        if (!f.end.empty()) once["end"] = f.end;
        a["once"] = once;
    }
    if (!trim(f.capacity).empty()) a["capacity"] = std::stoi(trim(f.capacity));
    if (!f.image.empty()) a["image"] = f.image;
    if (!trim(f.url).empty()) a["url"] = trim(f.url);
    return a;
}

} // namespace

const std::vector<std::string>& desk_languages() {
    static const std::vector<std::string> languages{"nl", "en", "pl", "tr", "uk", "ar"};
    return languages;
}

const std::vector<std::string>& weekday_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (unsigned day = 1; day <= 7; ++day)
            all.emplace_back(dutch_weekday_name(day));
        return all;
    }();
    return names;
}

ActivityForm form_of(const Json& a) {
    ActivityForm f;
    f.id = text_in(a, "id");
    read_texts(a, "title", f.title);
    read_texts(a, "description", f.description);
    f.category = text_in(a, "category");
    f.place = text_in(a, "place");
    f.capacity = text_in(a, "capacity");
    f.image = text_in(a, "image");
    f.url = text_in(a, "url");
    if (a.contains("weekly") && a["weekly"].is_object()) {
        const Json& w = a["weekly"];
        f.kind = "weekly";
        auto day = parse_weekday(text_in(w, "weekday"));
        f.weekday = day ? weekday_names()[*day - 1] : text_in(w, "weekday");
        f.start = text_in(w, "start");
        f.end = text_in(w, "end");
        f.from = text_in(w, "from");
        f.until = text_in(w, "until");
        if (w.contains("except") && w["except"].is_array())
            for (const Json& d : w["except"])
                if (d.is_string()) f.except += d.get<std::string>() + "\n";
    } else if (a.contains("once") && a["once"].is_object()) {
        const Json& o = a["once"];
        f.kind = "once";
        f.date = text_in(o, "date");
        f.start = text_in(o, "start");
        f.end = text_in(o, "end");
        // All-day and several-day happenings are not on the form: leave them to the file.
        f.imported = o.contains("all_day") || o.contains("end_date") || o.contains("cancelled");
    } else {
        f.imported = true; // "dates": an agenda's happenings, imported
    }
    if (!text_in(a, "source").empty()) f.imported = true;
    return f;
}

ActivityForm form_of(const std::function<std::string(const std::string&)>& field) {
    ActivityForm f;
    f.id = field("id");
    for (const std::string& language : desk_languages()) {
        f.title[language] = field("title_" + language);
        f.description[language] = field("description_" + language);
    }
    f.category = field("category");
    f.place = field("place");
    f.kind = field("kind");
    f.weekday = field("weekday");
    f.date = trim(field("date"));
    f.start = trim(field("start"));
    f.end = trim(field("end"));
    f.from = trim(field("from"));
    f.until = trim(field("until"));
    f.except = field("except");
    f.capacity = field("capacity");
    f.image = field("image");
    f.url = field("url");
    return f;
}

ActivityCheck check_activity(ActivityForm form, const Json& others,
                             const std::filesystem::path& folder) {
    ActivityCheck check;
    check_fields(form, check.errors);
    if (!check.errors.empty()) return check;
    if (form.id.empty()) form.id = unique_id(id_from(form.title["nl"]), others);
    Json entry = entry_of(form);

    // The kiosk's own reading, on this one entry among none: what it refuses, the desk refuses.
    std::vector<BundleProblem> problems;
    FieldReader reader("activities.json", problems);
    Manifest manifest;
    if (!form.image.empty()) manifest.wire.files.push_back({form.image, 0, "", 0});
    std::vector<Activity> read;
    read_activities_file(Json{{"activities", Json::array({entry})}}, reader, manifest, folder,
                         read);
    for (const BundleProblem& p : problems) {
        std::string& message = check.errors[field_of(p.field)];
        if (message.empty()) message = "De kiosk weigert dit: " + p.message;
    }
    if (check.errors.empty()) check.activity = entry;
    return check;
}

} // namespace bk::hub
