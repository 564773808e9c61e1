// The kiosk's home screen as a static web page (bench/html/home.html filled from a content
// bundle), so Chromium is measured on the same content as buurtkiosk.
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/content.h"

#include <string>

namespace bk::bench {

struct HomePageMoment {
    Date today;
    TimeOfDay time;         // activities that ended before this are left out, as on the kiosk
    bool live_clock = true; // a setInterval that redraws the clock each minute
};

// Fills the template's {{slots}}; unknown slots stay as they are.
std::string render_home_page(const std::string& html_template, const Content& content,
                             const HomePageMoment& moment, const std::string& language = "nl");

} // namespace bk::bench
