#include "i18n/ui_text.h"

#include <map>
#include <string>

namespace bk {

namespace {
using Table = std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>>;

// Dutch in plain language (B1) first; English beside it. Other languages fall back to Dutch.
const Table& table() {
    static const Table t{
        {"nl",
         {
             {"back", "Terug"},
             {"home", "Home"},
             {"read_aloud", "Lees voor"},
             {"stop_reading", "Stop"},
             {"today", "Vandaag"},
             {"this_week", "Deze week"},
             {"agenda", "Agenda"},
             {"agenda_hint", "Wat is er te doen?"},
             {"all_categories", "Alles"},
             {"today_at", "Vandaag in"},
             {"nothing_today", "Vandaag zijn er geen activiteiten meer."},
             {"nothing_found", "Geen activiteiten gevonden. Kies een andere dag of groep."},
             {"more_today", "Bekijk de hele agenda"},
             {"info", "Informatie"},
             {"info_hint", "Hulp en uitleg"},
             {"callback", "Bel mij terug"},
             {"callback_hint", "Het sociaal team belt u"},
             {"sign_up", "Aanmelden"},
             {"walk_in", "U hoeft zich niet aan te melden. Kom gewoon langs!"},
             {"places_left", "plaatsen vrij"},
             {"place_left", "plaats vrij"},
             {"full", "Vol"},
             {"when", "Wanneer"},
             {"where", "Waar"},
             {"opening_hours", "Open"},
             {"closed_today", "Vandaag gesloten"},
             {"language", "Taal"},
             {"content_problem", "Let op, vrijwilliger: de inhoud kon niet geladen worden."},
             {"no_content", "Er is nog geen agenda. Vraag een vrijwilliger om hulp."},
             {"time_to", "tot"},
             {"from", "van"},
             {"hour_short", "uur"},
             {"cat-ontmoeting", "Ontmoeting"},
             {"cat-eten", "Eten"},
             {"cat-creatief", "Creatief"},
             {"cat-bewegen", "Bewegen"},
             {"cat-hulp-en-advies", "Hulp en advies"},
             {"cat-kinderen", "Kinderen"},
         }},
        {"en",
         {
             {"back", "Back"},
             {"home", "Home"},
             {"read_aloud", "Read aloud"},
             {"stop_reading", "Stop"},
             {"today", "Today"},
             {"this_week", "This week"},
             {"agenda", "What's on"},
             {"agenda_hint", "What is there to do?"},
             {"all_categories", "All"},
             {"today_at", "Today at"},
             {"nothing_today", "There are no more activities today."},
             {"nothing_found", "No activities found. Choose another day or group."},
             {"more_today", "See the whole agenda"},
             {"info", "Information"},
             {"info_hint", "Help and advice"},
             {"callback", "Call me back"},
             {"callback_hint", "The social team will call you"},
             {"sign_up", "Sign up"},
             {"walk_in", "No need to sign up. Just come along!"},
             {"places_left", "places left"},
             {"place_left", "place left"},
             {"full", "Full"},
             {"when", "When"},
             {"where", "Where"},
             {"opening_hours", "Open"},
             {"closed_today", "Closed today"},
             {"language", "Language"},
             {"content_problem", "Volunteers, note: the content could not be loaded."},
             {"no_content", "There is no agenda yet. Ask a volunteer for help."},
             {"time_to", "to"},
             {"from", "from"},
             {"hour_short", ""},
             {"cat-ontmoeting", "Meeting people"},
             {"cat-eten", "Food"},
             {"cat-creatief", "Creative"},
             {"cat-bewegen", "Exercise"},
             {"cat-hulp-en-advies", "Help and advice"},
             {"cat-kinderen", "Children"},
         }},
    };
    return t;
}
} // namespace

const char* ui_text(std::string_view key, const std::string& language) {
    const Table& t = table();
    for (const std::string& lang : {language, std::string("nl")}) {
        auto l = t.find(lang);
        if (l == t.end()) continue;
        auto k = l->second.find(key);
        if (k != l->second.end()) return k->second.c_str();
    }
    static thread_local std::string unknown;
    unknown = std::string(key);
    return unknown.c_str();
}

} // namespace bk
