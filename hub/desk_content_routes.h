// The desk's content routes under /desk/groep/<group>/ (docs/desk.md): a group's draft, its
// activities, pictures, the preview, publishing and going back to an earlier version. They run
// after DeskRoutes has found the session and checked a POST's CSRF token; here each checks that
// the account works for the group.
#pragma once
#include "agenda_feeds.h"
#include "desk_content_pages.h"
#include "desk_layout.h"
#include "hub_store.h"
#include "kiosk_preview.h"

#include <httplib.h>

#include <filesystem>
#include <string>

namespace bk::hub {

struct DeskContentOptions {
    std::filesystem::path data;        // the hub's data folder
    std::filesystem::path signing_key; // empty or missing: the desk cannot publish
    std::filesystem::path kiosk_program;
    FeedLimits feeds;
};

class DeskContentRoutes {
public:
    DeskContentRoutes(HubStore& store, DeskContentOptions options)
        : store_(store), options_(std::move(options)), preview_(options_.kiosk_program) {}

    // Answers a request under /desk/groep/; `rest` is the path after it ("noord/activiteit").
    void handle(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                const std::string& rest);

private:
    // The group's page; `status` and `feed_form` for a refused feed (its error and what was
    // typed).
    void group_overview(httplib::Response& res, const DeskUser& user, const std::string& group,
                        const std::string& message, int status = 200,
                        const FeedForm* feed_form = nullptr);
    void activity_form(httplib::Response& res, const DeskUser& user, const std::string& group,
                       const std::string& id);
    void save_activity(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                       const std::string& group);
    void remove_activity(httplib::Response& res, const DeskUser& user, const std::string& group,
                         const std::string& id);
    // Info pages and announcements: the form (`id` "" for a new one), a save, a removal.
    void page_form(httplib::Response& res, const DeskUser& user, const std::string& group,
                   const std::string& id);
    void save_page(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                   const std::string& group);
    void announcement_form(httplib::Response& res, const DeskUser& user, const std::string& group,
                           const std::string& id);
    void save_announcement(const httplib::Request& req, httplib::Response& res,
                           const DeskUser& user, const std::string& group);
    // Removes the entry `id` of the draft's `kind` ("pagina" or "mededeling").
    void remove_entry(httplib::Response& res, const DeskUser& user, const std::string& group,
                      const std::string& kind, const std::string& id);
    // The kiosk's own words per language (ui/<language>.json in the draft).
    void catalogue(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                   const std::string& group, const std::string& language);
    void save_catalogue(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                        const std::string& group, const std::string& language);
    void preview(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                 const std::string& group);
    void preview_file(httplib::Response& res, const DeskUser& user, const std::string& group,
                      const std::string& file);
    void publish(httplib::Response& res, const DeskUser& user, const std::string& group,
                 const std::string& restored_from);
    void restore(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                 const std::string& group);

    void add_feed(const httplib::Request& req, httplib::Response& res, const DeskUser& user,
                  const std::string& group);
    void remove_feed(httplib::Response& res, const DeskUser& user, const std::string& group,
                     const std::string& name);
    void fetch_feeds(httplib::Response& res, const DeskUser& user, const std::string& group);

    // A scratch copy of the group's draft with the agenda feeds' events merged in: what is
    // previewed and published. The caller removes it.
    std::filesystem::path assemble(const std::string& group);
    bool can_publish() const;
    std::filesystem::path preview_folder(const std::string& group, const std::string& user) const;

    HubStore& store_;
    DeskContentOptions options_;
    KioskPreview preview_;
};

} // namespace bk::hub
