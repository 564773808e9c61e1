// The JSON files of a content bundle: the first byte picks the file, the rest is its text.
#include "buurtkiosk/content/content_files.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const char* names[] = {"buurtkamer.json", "activities.json", "pages.json",
                           "announcements.json"};
    const int which = data[0] % 4;
    std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    std::vector<bk::BundleProblem> problems;
    auto root = bk::parse_json_file(names[which], text, problems);
    if (!root) return 0;
    bk::FieldReader reader(names[which], problems);
    switch (which) {
    case 0: {
        bk::Place place;
        bk::read_place_file(*root, reader, place);
        break;
    }
    case 1: {
        std::vector<bk::Activity> activities;
        bk::read_activities_file(*root, reader, bk::Manifest{}, "/nonexistent", activities);
        break;
    }
    case 2: {
        std::vector<bk::InfoPage> pages;
        bk::read_pages_file(*root, reader, pages);
        break;
    }
    default: {
        std::vector<bk::Announcement> announcements;
        bk::read_announcements_file(*root, reader, announcements);
        break;
    }
    }
    return 0;
}
