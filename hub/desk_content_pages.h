// The desk's content pages as HTML, Dutch: a group's page (the draft's activities, publishing,
// the versions and the kiosks), the activity form, the preview and the publication's result.
#pragma once
#include "activity_form.h"
#include "agenda_feeds.h"
#include "announcement_form.h"
#include "desk_layout.h"
#include "page_form.h"
#include "plain_language.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace bk::hub {

struct PublicationLine {
    std::int64_t version = 0;
    std::string at; // UTC
    std::string by; // a desk account, or "opdrachtregel"
};

struct KioskLine {
    std::string name;
    std::int64_t content_version = 0; // 0: never reported one
    std::string last_seen;            // UTC, "" never
};

// The form to add an agenda feed, as typed, with why it was refused.
struct FeedForm {
    std::string name, url, error;
};

struct GroupPage {
    std::string group;
    std::vector<ActivityForm> activities; // the draft's
    std::vector<PageForm> pages;
    std::vector<AnnouncementForm> announcements;
    std::int64_t based_on = 0;            // the version the draft started from
    std::int64_t published = 0;           // the newest version published
    std::vector<PublicationLine> history; // newest first
    std::vector<KioskLine> kiosks;
    std::vector<AgendaFeed> feeds;
    FeedForm feed_form;
    bool can_publish = true; // the hub has a signing key
    std::string message;     // a note above the page ("Opgeslagen."), or ""
};
std::string group_page(const DeskUser& user, const GroupPage& page);

struct ActivityFormPage {
    std::string group;
    ActivityForm form;
    std::map<std::string, std::string> errors; // field -> message
    std::string picture_error;                 // a refused upload
    // Plain-language advice per Dutch field ("title_nl", "description_nl"): shown, never a block.
    std::map<std::string, std::vector<PlainLanguageHint>> hints;
};
std::string activity_form_page(const DeskUser& user, const ActivityFormPage& page);

struct PageFormPage {
    std::string group;
    PageForm form;
    std::map<std::string, std::string> errors;
    std::vector<PlainLanguageHint> hints; // for the Dutch text
};
std::string page_form_page(const DeskUser& user, const PageFormPage& page);

struct AnnouncementFormPage {
    std::string group;
    AnnouncementForm form;
    std::map<std::string, std::string> errors;
    std::vector<PlainLanguageHint> hints; // for the Dutch text
};
std::string announcement_form_page(const DeskUser& user, const AnnouncementFormPage& page);

struct PreviewPage {
    std::string group;
    std::string activity_id;        // "" for the home screen only
    std::string activity_name;      // its Dutch title
    std::vector<std::string> files; // PNG names under the group's preview path
    std::string error;              // the preview failed: why
    bool can_publish = true;
    std::vector<PlainLanguageHint> hints; // for the activity's Dutch texts
};
std::string preview_page(const DeskUser& user, const PreviewPage& page);

struct PublishedPage {
    std::string group;
    bool published = false;
    std::int64_t version = 0;
    std::vector<std::string> problems;
    std::string restored_from; // "" or the version published again
};
std::string published_page(const DeskUser& user, const PublishedPage& page);

// 403 for a group the account does not work for, or content for a role that has none.
std::string not_your_group_page(const DeskUser& user, const std::string& group);

// "2026-12-03T09:12:40Z" -> "3 december 2026 09:12 (UTC)": how the desk shows a moment.
std::string desk_moment(const std::string& utc);

} // namespace bk::hub
