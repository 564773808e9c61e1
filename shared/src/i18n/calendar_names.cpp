#include "buurtkiosk/i18n/calendar_names.h"

#include <array>
#include <map>

namespace bk {

namespace {
struct Names {
    std::array<const char*, 7> weekdays;
    std::array<const char*, 12> months;
};

const Names& names_for(const std::string& language) {
    static const std::map<std::string, Names> table{
        {"nl",
         {{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
          {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"}}},
        {"en",
         {{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
          {"January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"}}},
        {"pl",
         {{"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"},
          {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"}}},
        {"tr",
         {{"Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"},
          {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"}}},
        {"uk",
         {{"понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"},
          {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
           "жовтня", "листопада", "грудня"}}},
    };
    auto it = table.find(language);
    return it != table.end() ? it->second : table.at("nl");
}
} // namespace

std::string weekday_name(const std::string& language, unsigned iso_weekday) {
    if (iso_weekday < 1 || iso_weekday > 7) return {};
    return names_for(language).weekdays[iso_weekday - 1];
}

std::string month_name(const std::string& language, unsigned month) {
    if (month < 1 || month > 12) return {};
    return names_for(language).months[month - 1];
}

std::string long_date(const std::string& language, Date date) {
    return weekday_name(language, iso_weekday(date)) + " " + std::to_string(unsigned(date.day())) +
           " " + month_name(language, unsigned(date.month()));
}

} // namespace bk
