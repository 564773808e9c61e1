#include "home_page.h"
#include "buurtkiosk/web/html_escape.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "buurtkiosk/web/html_escape.h"

#include <cstdio>

namespace bk::bench {

namespace {

void fill(std::string& page, const std::string& slot, const std::string& value) {
    const std::string key = "{{" + slot + "}}";
    for (auto at = page.find(key); at != std::string::npos; at = page.find(key, at + value.size()))
        page.replace(at, key.size(), value);
}

// The same colours and Material Icons pictograms as kiosk/theme.cpp.
struct CategoryLook {
    const char* color;
    const char* glyph;
};
CategoryLook look(Category category) {
    switch (category) {
    case Category::Ontmoeting: return {"#2B5F8A", "&#xe541;"};
    case Category::Eten: return {"#A4431F", "&#xe56c;"};
    case Category::Creatief: return {"#6B3F8F", "&#xe40a;"};
    case Category::Bewegen: return {"#2A6B45", "&#xe536;"};
    case Category::HulpEnAdvies: return {"#7A4E00", "&#xf0e2;"};
    case Category::Kinderen: return {"#A02B5E", "&#xeb41;"};
    }
    return {"#0E5E66", "&#xe878;"};
}

std::string activity_card(const Occurrence& o, const std::string& lang) {
    const CategoryLook l = look(o.activity->category);
    std::string meta =
        "<span><span class=\"icon\">&#xe55f;</span> " + escape_html(o.activity->place) + "</span>";
    if (o.activity->capacity)
        meta += "<span><span class=\"icon\">&#xe7fb;</span> " +
                std::to_string(*o.activity->capacity) + " " + ui_text("places_left", lang) +
                "</span>";
    return std::string("      <a class=\"card\" href=\"#") + escape_html(o.activity->id) +
           "\"><div class=\"band icon\" style=\"background:" + l.color + "\">" + l.glyph +
           "</div><div class=\"body\"><div class=\"time\" style=\"color:" + l.color + "\">" +
           format_time(o.when.start) + " &ndash; " +
           format_time(o.when.end.value_or(o.when.start)) + "</div><div class=\"title\">" +
           escape_html(o.activity->title.in(lang)) + "</div><div class=\"meta\">" + meta +
           "</div></div><div class=\"chevron icon\">&#xe5cc;</div></a>\n";
}

std::string tile(const char* color, const char* glyph, const std::string& title,
                 const std::string& hint) {
    return std::string("    <button class=\"tile\" style=\"background:") + color +
           "\"><span class=\"icon\">" + glyph + "</span><div><strong>" + escape_html(title) +
           "</strong><span>" + escape_html(hint) + "</span></div></button>\n";
}

} // namespace

std::string render_home_page(const std::string& html_template, const Content& content,
                             const HomePageMoment& moment, const std::string& language) {
    std::string activities;
    for (const Occurrence& o : occurrences_between(content, moment.today, moment.today))
        if (!has_ended(o, moment.today, moment.time)) activities += activity_card(o, language);
    if (activities.empty())
        activities = std::string("      <p>") + ui_text("nothing_today", language) + "</p>\n";

    std::string announcements;
    for (const Announcement* a : current_announcements(content, moment.today))
        announcements += "<div class=\"announcement\"><span class=\"icon\">&#xef49;</span>" +
                         escape_html(a->text.in(language)) + "</div>\n";

    const std::string tiles =
        tile("#0E5E66", "&#xe878;", ui_text("agenda", language), ui_text("agenda_hint", language)) +
        tile("#2B5F8A", "&#xe88e;", ui_text("info", language), ui_text("info_hint", language)) +
        tile("#7A4E00", "&#xe0b0;", ui_text("callback", language),
             ui_text("callback_hint", language));

    std::string page = html_template;
    fill(page, "lang", language);
    fill(page, "name", escape_html(content.place.name));
    fill(page, "date", escape_html(long_date(language, moment.today)));
    fill(page, "clock", format_time(moment.time));
    fill(page, "language", language == "nl" ? "Nederlands" : language);
    fill(page, "icon_font",
         "file:///usr/share/fonts/truetype/material-design-icons-iconfont/"
         "MaterialIcons-Regular.ttf");
    fill(page, "announcements", announcements);
    fill(page, "today_title",
         escape_html(std::string(ui_text("today_at", language)) + " " + content.place.name));
    fill(page, "activities", activities);
    fill(page, "tiles", tiles);
    fill(page, "clock_script",
         moment.live_clock ? "setTimeout(() => { showTime(); setInterval(showTime, 60000); },\n"
                             "             60000 - Date.now() % 60000);"
                           : "// fixed time: the clock stays as rendered");
    return page;
}

} // namespace bk::bench
