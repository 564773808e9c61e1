#include "buurtkiosk/i18n/ui_text.h"

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
             {"language_and_display", "Taal en weergave"},
             {"display", "Weergave"},
             {"high_contrast", "Hoog contrast"},
             {"text_size", "Lettergrootte"},
             {"text-normal", "Normaal"},
             {"text-large", "Groot"},
             {"text-largest", "Grootst"},
             {"slow_speech", "Langzaam voorlezen"},
             {"back", "Terug"},
             {"home", "Home"},
             {"read_aloud", "Lees voor"},
             {"stop_reading", "Stop"},
             {"pause_reading", "Pauze"},
             {"resume_reading", "Verder"},
             {"repeat_sentence", "Herhaal zin"},
             {"softer", "Zachter"},
             {"louder", "Harder"},
             {"volume_step", "Volume {step} van {steps}"},
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
             // Visitors act: sign up, cancel, callback request, privacy reset.
             {"first_name", "Uw voornaam"},
             {"first_name_hint", "Tik hier en typ uw voornaam"},
             {"people_question", "Met hoeveel personen komt u?"},
             {"person_unit", "persoon"},
             {"people_unit", "personen"},
             {"phone_optional", "Telefoonnummer (mag leeg blijven)"},
             {"phone", "Uw telefoonnummer"},
             {"phone_hint", "Bijvoorbeeld 06 12345678"},
             {"confirm_sign_up", "Meld mij aan"},
             {"join_waiting_list", "Op de wachtlijst"},
             // A volunteer gives a freed place (the kiosk never moves anyone by itself).
             {"full_notice", "Deze activiteit is vol. U kunt op de wachtlijst. Komt er een plaats "
                             "vrij, dan geeft een vrijwilliger die aan wie het langst wacht."},
             // Fewer places left than people: the truth and a choice, never a silent waiting list.
             {"places_short", "Er zijn nog {left} plaatsen. U bent met {people}. Meld u aan met "
                              "{left} personen, of kies de wachtlijst."},
             {"place_short", "Er is nog 1 plaats. U bent met {people}. Meld u aan met 1 persoon, "
                             "of kies de wachtlijst."},
             {"fewer_people", "Met {left} personen"},
             {"fewer_person", "Met 1 persoon"},
             {"waiting_list_short", "Op de wachtlijst"}, // half a column wide, beside fewer_people
             {"privacy_sign_up", "De Buurtkamer bewaart uw voornaam (en nummer) alleen om te weten "
                                 "wie er komt. Een dag na de activiteit wissen wij alles."},
             {"privacy_callback",
              "Het sociaal team gebruikt uw naam en nummer alleen om u terug te bellen. Na het "
              "gesprek wissen zij alles. U ziet uw gegevens hier niet meer terug."},
             {"err_first_name_empty", "Voornaam: vul uw voornaam in."},
             {"err_first_name_too_long", "Voornaam: de naam is te lang."},
             {"err_phone_empty", "Telefoonnummer: vul uw telefoonnummer in."},
             {"err_phone_contains_letters",
              "Telefoonnummer: er staan letters in. Typ alleen cijfers."},
             {"err_phone_invalid_characters",
              "Telefoonnummer: er staat een teken in dat niet kan. Typ alleen cijfers."},
             {"err_phone_too_short", "Telefoonnummer: het nummer is te kort. Een Nederlands "
                                     "nummer heeft 10 cijfers."},
             {"err_phone_too_long", "Telefoonnummer: het nummer is te lang. Een Nederlands "
                                    "nummer heeft 10 cijfers."},
             {"err_phone_bad_country_code",
              "Telefoonnummer: het landnummer klopt niet. Typ + en het landnummer, zoals +31 "
              "voor Nederland."},
             {"err_part_of_day", "Wanneer: kies ochtend, middag of avond."},
             {"err_consent",
              "Toestemming: tik op het vakje \"Ja, het sociaal team mag mij bellen\"."},
             {"err_code_empty", "Code: typ de code die u kreeg bij het aanmelden."},
             {"err_code_unknown",
              "Code: deze code kennen we niet. Er is niets veranderd. Kijk of de code goed is."},
             // {n}: whole minutes, rounded up.
             {"err_code_wait_minutes",
              "Te vaak een verkeerde code. Probeer het over {n} minuten opnieuw."},
             {"err_code_wait_minute", "Te vaak een verkeerde code. Probeer het over 1 minuut "
                                      "opnieuw."},
             {"store_unavailable",
              "Aanmelden kan nu niet op deze kiosk. Vraag een vrijwilliger om hulp."},
             {"store_failed", "Het bewaren is niet gelukt. Er is niets opgeslagen. Probeer het nog "
                              "eens of vraag een vrijwilliger."},
             {"signed_up", "U staat op de lijst"},
             {"waiting_listed", "U staat op de wachtlijst"},
             {"your_code", "Uw code"},
             // The code is private: it is read aloud only on request, after a warning.
             {"code_on_screen", "Uw code staat op het scherm."},
             {"read_my_code", "Lees mijn code voor"},
             {"overheard", "Let op: mensen in de buurt kunnen meeluisteren."},
             {"code_next", "Schrijf de code op of maak er een foto van. Kunt u toch niet komen? "
                           "Meld u dan hier af met deze code."},
             {"waiting_next", "Komt er een plaats vrij, dan geeft een vrijwilliger die aan wie het "
                              "langst wacht. Met deze code kunt u zich hier ook afmelden."},
             // Signed up while the hub's count was missing or old: no promise of the place.
             {"code_next_provisional",
              "Deze kiosk kon de aanmeldingen bij de andere kiosks nog niet nakijken. Is de "
              "activiteit toch al vol, dan komt u op de wachtlijst. Vraag het gerust aan een "
              "vrijwilliger. Schrijf de code op of maak er een foto van."},
             {"done", "Klaar"},
             {"cancel_with_code", "Afmelden met code"},
             {"code_field", "Uw code"},
             {"code_hint", "4 tekens, bijvoorbeeld AC3D"},
             {"cancel_confirm", "Meld mij af"},
             {"cancelled", "U bent afgemeld. Uw plaats is nu vrij voor iemand anders."},
             {"cancel_question", "Wilt u dit afmelden?"},
             {"yes_cancel", "Ja, afmelden"},
             {"no_keep", "Nee"},
             {"topic_question", "Waarover wilt u praten?"},
             {"topic-money", "Geld en schulden"},
             {"topic-health", "Zorg en gezondheid"},
             {"topic-housing", "Wonen"},
             {"topic-work", "Werk en inkomen"},
             {"topic-contact", "Contact en eenzaamheid"},
             {"topic-parenting", "Opvoeden"},
             {"topic-other", "Iets anders"},
             {"next", "Volgende"},
             {"topic", "Onderwerp"},
             {"part_of_day_question", "Wanneer mogen we u bellen?"},
             {"morning", "Ochtend"},
             {"afternoon", "Middag"},
             {"evening", "Avond"},
             {"consent", "Ja, het sociaal team mag mij bellen"},
             {"send", "Verstuur"},
             {"callback_sent", "Uw vraag gaat nu naar het sociaal team"},
             {"callback_expectation_default", "Het sociaal team belt u zo snel mogelijk."},
             // Without a working sync nothing is sent: the visitor hears where the request is.
             {"callback_kept", "Uw vraag is bewaard op deze kiosk"},
             {"callback_by_volunteer", "Een vrijwilliger geeft hem door aan het sociaal team."},
             {"callback_when_connected",
              "Hij gaat naar het sociaal team zodra de kiosk weer verbinding heeft."},
             {"still_there", "Bent u er nog?"},
             {"reset_notice", "Over een paar seconden begint de kiosk opnieuw. Wat u heeft "
                              "ingevuld, wordt dan gewist."},
             {"seconds", "seconden"},
             {"still_here", "Ik ben er nog"},
             {"tap_still_here", "Tik op Ik ben er nog."},
         }},
        {"en",
         {
             {"language_and_display", "Language and display"},
             {"display", "Display"},
             {"high_contrast", "High contrast"},
             {"text_size", "Text size"},
             {"text-normal", "Normal"},
             {"text-large", "Large"},
             {"text-largest", "Largest"},
             {"slow_speech", "Read aloud slowly"},
             {"back", "Back"},
             {"home", "Home"},
             {"read_aloud", "Read aloud"},
             {"stop_reading", "Stop"},
             {"pause_reading", "Pause"},
             {"resume_reading", "Resume"},
             {"repeat_sentence", "Repeat sentence"},
             {"softer", "Quieter"},
             {"louder", "Louder"},
             {"volume_step", "Volume {step} of {steps}"},
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
             {"first_name", "Your first name"},
             {"first_name_hint", "Tap here and type your first name"},
             {"people_question", "How many people are coming?"},
             {"person_unit", "person"},
             {"people_unit", "people"},
             {"phone_optional", "Phone number (you may leave this empty)"},
             {"phone", "Your phone number"},
             {"phone_hint", "For example 06 12345678"},
             {"confirm_sign_up", "Sign me up"},
             {"join_waiting_list", "Join the waiting list"},
             {"full_notice", "This activity is full. You can join the waiting list. If a place "
                             "comes free, a volunteer gives it to whoever has waited longest."},
             {"places_short", "There are {left} places left. You are with {people}. Sign up "
                              "{left} people, or choose the waiting list."},
             {"place_short", "There is 1 place left. You are with {people}. Sign up 1 person, or "
                             "choose the waiting list."},
             {"fewer_people", "{left} people"},
             {"fewer_person", "1 person"},
             {"waiting_list_short", "Waiting list"},
             {"privacy_sign_up", "The Buurtkamer keeps your first name (and number) only to know "
                                 "who is coming. We delete everything one day after the activity."},
             {"privacy_callback",
              "The social team uses your name and number only to call you back. After the call "
              "they delete everything. You will not see your details here again."},
             {"err_first_name_empty", "First name: please type your first name."},
             {"err_first_name_too_long", "First name: the name is too long."},
             {"err_phone_empty", "Phone number: please type your phone number."},
             {"err_phone_contains_letters", "Phone number: it contains letters. Type digits only."},
             {"err_phone_invalid_characters",
              "Phone number: it contains a sign that is not allowed. Type digits only."},
             {"err_phone_too_short",
              "Phone number: the number is too short. A Dutch number has 10 digits."},
             {"err_phone_too_long",
              "Phone number: the number is too long. A Dutch number has 10 digits."},
             {"err_phone_bad_country_code",
              "Phone number: the country code is not right. Type + and the country code, like "
              "+31 for the Netherlands."},
             {"err_part_of_day", "When: choose morning, afternoon or evening."},
             {"err_consent", "Permission: tap the box \"Yes, the social team may call me\"."},
             {"err_code_empty", "Code: type the code you got when you signed up."},
             {"err_code_unknown",
              "Code: we do not know this code. Nothing has changed. Check the code."},
             {"err_code_wait_minutes", "Too many wrong codes. Please try again in {n} minutes."},
             {"err_code_wait_minute", "Too many wrong codes. Please try again in 1 minute."},
             {"store_unavailable",
              "Signing up is not possible on this kiosk right now. Ask a volunteer for help."},
             {"store_failed",
              "Saving did not work. Nothing was stored. Try again or ask a volunteer."},
             {"signed_up", "You are on the list"},
             {"waiting_listed", "You are on the waiting list"},
             {"your_code", "Your code"},
             {"code_on_screen", "Your code is on the screen."},
             {"read_my_code", "Read my code aloud"},
             {"overheard", "Careful: people nearby can hear it."},
             {"code_next", "Write the code down or take a photo of it. Can you not come after all? "
                           "Cancel here with this code."},
             {"waiting_next", "If a place comes free, a volunteer gives it to whoever has waited "
                              "longest. You can also cancel here with this code."},
             {"code_next_provisional",
              "This kiosk could not yet check the sign-ups at the other kiosks. If the activity "
              "turns out to be full, you go on the waiting list. Feel free to ask a volunteer. "
              "Write the code down or take a photo of it."},
             {"done", "Done"},
             {"cancel_with_code", "Cancel with code"},
             {"code_field", "Your code"},
             {"code_hint", "4 characters, for example AC3D"},
             {"cancel_confirm", "Cancel my sign-up"},
             {"cancelled", "Your sign-up is cancelled. Your place is now free for someone else."},
             {"cancel_question", "Do you want to cancel this?"},
             {"yes_cancel", "Yes, cancel"},
             {"no_keep", "No"},
             {"topic_question", "What would you like to talk about?"},
             {"topic-money", "Money and debts"},
             {"topic-health", "Care and health"},
             {"topic-housing", "Housing"},
             {"topic-work", "Work and income"},
             {"topic-contact", "Contact and loneliness"},
             {"topic-parenting", "Raising children"},
             {"topic-other", "Something else"},
             {"next", "Next"},
             {"topic", "Topic"},
             {"part_of_day_question", "When may we call you?"},
             {"morning", "Morning"},
             {"afternoon", "Afternoon"},
             {"evening", "Evening"},
             {"consent", "Yes, the social team may call me"},
             {"send", "Send"},
             {"callback_sent", "Your request is on its way to the social team"},
             {"callback_expectation_default", "The social team will call you as soon as possible."},
             {"callback_kept", "Your request is saved on this kiosk"},
             {"callback_by_volunteer", "A volunteer will pass it on to the social team."},
             {"callback_when_connected",
              "It goes to the social team as soon as the kiosk is connected again."},
             {"still_there", "Are you still there?"},
             {"reset_notice",
              "In a few seconds the kiosk starts again. What you filled in will then be deleted."},
             {"seconds", "seconds"},
             {"still_here", "I'm still here"},
             {"tap_still_here", "Tap I'm still here."},
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

std::string ui_text(std::string_view key, const std::string& language,
                    std::initializer_list<std::pair<std::string_view, std::string>> values) {
    std::string text = ui_text(key, language);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + std::string(name) + "}";
        for (auto at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

} // namespace bk
