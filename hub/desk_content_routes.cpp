// DeskContentRoutes: the requests of the content pages, each checked against the account's
// groups before anything is read or written.
#include "desk_content_routes.h"

#include "activity_form.h"
#include "announcement_form.h"
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/wire.h"
#include "catalogue_form.h"
#include "desk_catalogue_page.h"
#include "desk_content_pages.h"
#include "desk_http.h"
#include "desk_pages.h"
#include "desk_picture.h"
#include "draft_content.h"
#include "hub_layout.h"
#include "ics_import.h"
#include "page_form.h"
#include "plain_language.h"
#include "publish.h"

#include "buurtkiosk/domain/trim.h"
#include "buurtkiosk/sync/http_client.h"

#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace bk::hub {
namespace {

std::vector<std::string> split_path(const std::string& rest) {
    std::vector<std::string> parts;
    std::stringstream in(rest);
    for (std::string part; std::getline(in, part, '/');)
        parts.push_back(part);
    return parts;
}

bool works_for(const DeskAccount& account, const std::string& group) {
    if (account.role == DeskRole::Admin) return true;
    if (account.role != DeskRole::Editor) return false; // the sociaal team has no content
    return std::find(account.groups.begin(), account.groups.end(), group) != account.groups.end();
}

// The keys of an activity the form writes; others (a pictogram, a source) stay as they were.
const std::vector<std::string>& form_keys() {
    static const std::vector<std::string> keys{"title",  "description", "category", "place",
                                               "weekly", "once",        "dates",    "capacity",
                                               "image",  "url"};
    return keys;
}

std::string local_today() {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

// The moment a preview of an activity is drawn at: the morning of its next happening (08:00,
// or its start when earlier), so it is in "Vandaag" on the home screen and not over yet.
std::string preview_moment(const ActivityForm& a) {
    std::string date = local_today();
    if (a.kind == "once") {
        date = a.date;
    } else if (auto day = parse_weekday(a.weekday)) {
        Date d = *parse_date(date);
        if (auto from = parse_date(a.from); from && *from > d) d = *from;
        for (int i = 0; i < 7 * 60; ++i, d = add_days(d, 1))
            if (iso_weekday(d) == *day && a.except.find(format_date_iso(d)) == std::string::npos)
                break;
        date = format_date_iso(d);
    }
    const std::string time = a.start < "08:00" ? a.start : "08:00";
    return date + "T" + time;
}

std::vector<PublicationLine> history_of(const fs::path& data, const std::string& group) {
    std::vector<PublicationLine> lines;
    std::istringstream log(
        read_file(HubLayout{data}.group(group) / "publications.log").value_or(""));
    for (std::string text; std::getline(log, text);) {
        Json line = Json::parse(text, nullptr, false);
        if (!line.is_object() || !line.contains("version") || !line["version"].is_number_integer())
            continue;
        lines.push_back(
            {line["version"].get<std::int64_t>(), line.value("at", ""), line.value("by", "")});
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
}

// Pictures in the draft that no activity shows any more are removed, so they are not published.
void remove_unused_pictures(DraftContent& draft, const Json& activities) {
    std::set<std::string> used;
    for (const Json& a : activities)
        if (a.contains("image") && a["image"].is_string()) used.insert(a["image"]);
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(draft.folder() / "images", ec)) {
        const std::string rel = "images/" + e.path().filename().string();
        if (e.is_regular_file() && !used.count(rel)) fs::remove(e.path(), ec);
    }
}

bool is_desk_language(const std::string& language) {
    const auto& all = desk_languages();
    return std::find(all.begin(), all.end(), language) != all.end();
}

// The entry of `list` with this id, or end().
Json::iterator find_id(Json& list, const std::string& id) {
    return std::find_if(list.begin(), list.end(), [&](const Json& entry) {
        return entry.is_object() && entry.value("id", "") == id;
    });
}

// `list` without the entry `id`.
Json without_id(const Json& list, const std::string& id) {
    Json kept = Json::array();
    for (const Json& entry : list)
        if (!entry.is_object() || entry.value("id", "") != id) kept.push_back(entry);
    return kept;
}

// `list` with `entry` in place of the one with its id, or added at the end.
Json with_entry(Json list, const Json& entry) {
    auto it = find_id(list, entry.value("id", ""));
    if (it == list.end())
        list.push_back(entry);
    else
        *it = entry;
    return list;
}

// The municipality's own words to avoid, beside the built-in ones (docs/desk.md).
std::vector<JargonEntry> jargon_of(const fs::path& data) {
    return read_jargon_file(data / "jargon.txt");
}

std::map<std::string, std::vector<PlainLanguageHint>> hints_of(const ActivityForm& form,
                                                               const fs::path& data) {
    std::map<std::string, std::vector<PlainLanguageHint>> hints;
    const std::vector<JargonEntry> jargon = jargon_of(data);
    for (const auto& [field, texts] :
         {std::pair{"title_nl", &form.title}, std::pair{"description_nl", &form.description}}) {
        auto text = texts->find("nl");
        if (text == texts->end()) continue;
        auto found = plain_language_hints(text->second, jargon);
        if (!found.empty()) hints[field] = std::move(found);
    }
    return hints;
}

void log_line(const DeskUser& user, const std::string& what) {
    std::cerr << "desk: " << user.account.name << " " << what << "\n";
}

} // namespace

bool DeskContentRoutes::can_publish() const {
    std::error_code ec;
    return !options_.signing_key.empty() && fs::is_regular_file(options_.signing_key, ec);
}

fs::path DeskContentRoutes::preview_folder(const std::string& group,
                                           const std::string& user) const {
    return options_.data / "previews" / group / user;
}

void DeskContentRoutes::handle(const httplib::Request& req, httplib::Response& res,
                               const DeskUser& user, const std::string& rest) {
    const std::vector<std::string> parts = split_path(rest);
    if (parts.empty() || !is_plain_name(parts[0])) {
        send_page(res, 404, not_found_page(user));
        return;
    }
    const std::string& group = parts[0];
    if (!works_for(user.account, group)) {
        log_line(user, "refused: content of group " + group);
        send_page(res, 403, not_your_group_page(user, group));
        return;
    }
    const bool post = req.method == "POST";
    const std::size_t n = parts.size();
    try {
        if (!post && n == 1) return group_overview(res, user, group, "");
        if (!post && n == 3 && parts[1] == "activiteit")
            return activity_form(res, user, group, parts[2] == "nieuw" ? "" : parts[2]);
        if (post && n == 2 && parts[1] == "activiteit") return save_activity(req, res, user, group);
        if (post && n == 4 && parts[1] == "activiteit" && parts[3] == "verwijderen")
            return remove_activity(res, user, group, parts[2]);
        if (!post && n == 2 && parts[1] == "voorbeeld") return preview(req, res, user, group);
        if (!post && n == 3 && parts[1] == "voorbeeld")
            return preview_file(res, user, group, parts[2]);
        if (post && n == 2 && parts[1] == "publiceren") return publish(res, user, group, "");
        if (post && n == 2 && parts[1] == "terugzetten") return restore(req, res, user, group);
        if (post && n == 2 && parts[1] == "agenda") return add_feed(req, res, user, group);
        if (!post && n == 2 && parts[1] == "talen")
            return send_page(res, 200, languages_page(user, group));
        if (n == 3 && parts[1] == "taal" && is_desk_language(parts[2]))
            return post ? save_catalogue(req, res, user, group, parts[2])
                        : catalogue(req, res, user, group, parts[2]);
        if (!post && n == 3 && parts[1] == "pagina")
            return page_form(res, user, group, parts[2] == "nieuw" ? "" : parts[2]);
        if (post && n == 2 && parts[1] == "pagina") return save_page(req, res, user, group);
        if (!post && n == 3 && parts[1] == "mededeling")
            return announcement_form(res, user, group, parts[2] == "nieuw" ? "" : parts[2]);
        if (post && n == 2 && parts[1] == "mededeling")
            return save_announcement(req, res, user, group);
        if (post && n == 4 && (parts[1] == "pagina" || parts[1] == "mededeling") &&
            parts[3] == "verwijderen")
            return remove_entry(res, user, group, parts[1], parts[2]);
        if (post && n == 3 && parts[1] == "agenda" && parts[2] == "ophalen")
            return fetch_feeds(res, user, group);
        if (post && n == 4 && parts[1] == "agenda" && parts[3] == "verwijderen")
            return remove_feed(res, user, group, parts[2]);
    } catch (const std::exception& e) {
        // A full disk or a file the hub cannot write: say so; the draft is as it was before.
        std::cerr << "desk: " << user.account.name << ": " << e.what() << "\n";
        send_page(res, 500,
                  page("Niet gelukt", user_bar(user),
                       "<h1>Niet gelukt</h1>\n<p class=\"fout\">De hub kon dit niet opslaan: " +
                           escape_html(e.what()) +
                           ". Er is niets veranderd. Vraag de beheerder.</p>\n"));
        return;
    }
    send_page(res, 404, not_found_page(user));
}

void DeskContentRoutes::group_overview(httplib::Response& res, const DeskUser& user,
                                       const std::string& group, const std::string& message,
                                       int status, const FeedForm* feed_form) {
    GroupPage p;
    p.group = group;
    p.message = message;
    p.feeds = AgendaFeeds(options_.data, group).list();
    if (feed_form) p.feed_form = *feed_form;
    p.can_publish = can_publish();
    {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        p.based_on = draft.based_on();
        for (const Json& a : draft.activities())
            p.activities.push_back(form_of(a));
        for (const Json& page : draft.pages())
            p.pages.push_back(page_form_of(page));
        for (const Json& a : draft.announcements())
            p.announcements.push_back(announcement_form_of(a));
    }
    p.published = last_published(options_.data, group);
    p.history = history_of(options_.data, group);
    for (const KioskRow& k : store_.kiosks()) {
        if (k.group != group) continue;
        KioskLine line{k.name, 0, k.last_heartbeat_at};
        std::string error;
        if (auto beat = wire::parse_heartbeat(k.last_heartbeat, error))
            line.content_version = beat->content_version;
        p.kiosks.push_back(line);
    }
    send_page(res, status, group_page(user, p));
}

void DeskContentRoutes::activity_form(httplib::Response& res, const DeskUser& user,
                                      const std::string& group, const std::string& id) {
    ActivityFormPage p{group, {}, {}, ""};
    if (!id.empty()) {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        const Json activities = draft.activities();
        auto it = std::find_if(activities.begin(), activities.end(), [&](const Json& a) {
            return a.is_object() && a.value("id", "") == id;
        });
        if (it == activities.end()) {
            send_page(res, 404, not_found_page(user));
            return;
        }
        p.form = form_of(*it);
        p.hints = hints_of(p.form, options_.data);
        if (p.form.imported) {
            group_overview(res, user, group,
                           "Deze activiteit komt uit een agenda. Verander haar in die "
                           "agenda; de desk kan haar niet bewerken.");
            return;
        }
    }
    send_page(res, 200, activity_form_page(user, p));
}

void DeskContentRoutes::save_activity(const httplib::Request& req, httplib::Response& res,
                                      const DeskUser& user, const std::string& group) {
    const Form posted(req);
    ActivityFormPage p{
        group, form_of([&](const std::string& f) { return posted.field(f); }), {}, ""};
    std::lock_guard lock(DraftContent::mutex());
    DraftContent draft(options_.data, group);
    draft.ensure();
    Json activities = draft.activities();
    auto existing = activities.end();
    if (!p.form.id.empty()) {
        existing = std::find_if(activities.begin(), activities.end(), [&](const Json& a) {
            return a.is_object() && a.value("id", "") == p.form.id;
        });
        if (existing == activities.end() || form_of(*existing).imported) {
            send_page(res, 409,
                      page("Niet opgeslagen", user_bar(user),
                           "<h1>Niet opgeslagen</h1>\n<p class=\"fout\">Deze activiteit staat niet "
                           "(meer) in het concept, of komt uit een agenda. Er is niets "
                           "veranderd.</p>\n<p><a href=\"/desk/groep/" +
                               escape_html(group) + "/\">Terug naar de kioskgroep</a></p>\n"));
            return;
        }
    }
    // The picture is kept in the draft even when the form has other errors, so the editor does
    // not have to choose it again; one no activity uses is removed at the next save.
    std::string bytes, given_name;
    if (posted.file("picture", bytes, given_name)) {
        std::string error;
        if (auto picture = take_picture(bytes, given_name, error)) {
            draft.save_file(picture->file_name, picture->png);
            p.form.image = picture->file_name;
        } else {
            p.picture_error = error;
        }
    }
    Json others = Json::array();
    for (auto it = activities.begin(); it != activities.end(); ++it)
        if (it != existing) others.push_back(*it);
    ActivityCheck check = check_activity(p.form, others, draft.folder());
    p.errors = check.errors;
    if (!p.errors.empty() || !p.picture_error.empty()) {
        p.hints = hints_of(p.form, options_.data);
        send_page(res, 422, activity_form_page(user, p));
        return;
    }
    Json entry = check.activity;
    if (existing != activities.end()) {
        Json merged = *existing;
        for (const std::string& key : form_keys())
            merged.erase(key);
        merged.update(entry);
        *existing = merged;
    } else {
        activities.push_back(entry);
    }
    draft.save_activities(activities);
    remove_unused_pictures(draft, activities);
    const std::string id = entry.value("id", "");
    log_line(user, "saved activity " + id + " in the draft of group " + group);
    see_other(res, "/desk/groep/" + group + "/voorbeeld?activiteit=" + id);
}

void DeskContentRoutes::remove_activity(httplib::Response& res, const DeskUser& user,
                                        const std::string& group, const std::string& id) {
    std::lock_guard lock(DraftContent::mutex());
    DraftContent draft(options_.data, group);
    draft.ensure();
    Json activities = draft.activities();
    Json kept = without_id(activities, id);
    if (kept.size() != activities.size()) {
        draft.save_activities(kept);
        remove_unused_pictures(draft, kept);
        log_line(user, "removed activity " + id + " from the draft of group " + group);
    }
    see_other(res, "/desk/groep/" + group + "/");
}

void DeskContentRoutes::page_form(httplib::Response& res, const DeskUser& user,
                                  const std::string& group, const std::string& id) {
    PageFormPage p{group, {}, {}, {}};
    if (!id.empty()) {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        Json pages = draft.pages();
        auto it = find_id(pages, id);
        if (it == pages.end()) {
            send_page(res, 404, not_found_page(user));
            return;
        }
        p.form = page_form_of(*it);
        p.hints = plain_language_hints(p.form.body["nl"], jargon_of(options_.data));
    }
    send_page(res, 200, page_form_page(user, p));
}

void DeskContentRoutes::save_page(const httplib::Request& req, httplib::Response& res,
                                  const DeskUser& user, const std::string& group) {
    const Form posted(req);
    PageFormPage p{
        group, page_form_of([&](const std::string& f) { return posted.field(f); }), {}, {}};
    std::lock_guard lock(DraftContent::mutex());
    DraftContent draft(options_.data, group);
    draft.ensure();
    Json pages = draft.pages();
    if (!p.form.id.empty() && find_id(pages, p.form.id) == pages.end()) {
        send_page(res, 404, not_found_page(user));
        return;
    }
    PageCheck check = check_page(p.form, without_id(pages, p.form.id));
    if (!check.errors.empty()) {
        p.errors = check.errors;
        p.hints = plain_language_hints(p.form.body["nl"], jargon_of(options_.data));
        send_page(res, 422, page_form_page(user, p));
        return;
    }
    draft.save_pages(with_entry(pages, check.page));
    log_line(user,
             "saved info page " + check.page.value("id", "") + " in the draft of group " + group);
    see_other(res, "/desk/groep/" + group + "/#paginas");
}

void DeskContentRoutes::announcement_form(httplib::Response& res, const DeskUser& user,
                                          const std::string& group, const std::string& id) {
    AnnouncementFormPage p{group, {}, {}, {}};
    if (!id.empty()) {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        Json announcements = draft.announcements();
        auto it = find_id(announcements, id);
        if (it == announcements.end()) {
            send_page(res, 404, not_found_page(user));
            return;
        }
        p.form = announcement_form_of(*it);
        p.hints = plain_language_hints(p.form.text["nl"], jargon_of(options_.data));
    }
    send_page(res, 200, announcement_form_page(user, p));
}

void DeskContentRoutes::save_announcement(const httplib::Request& req, httplib::Response& res,
                                          const DeskUser& user, const std::string& group) {
    const Form posted(req);
    AnnouncementFormPage p{
        group, announcement_form_of([&](const std::string& f) { return posted.field(f); }), {}, {}};
    std::lock_guard lock(DraftContent::mutex());
    DraftContent draft(options_.data, group);
    draft.ensure();
    Json announcements = draft.announcements();
    if (!p.form.id.empty() && find_id(announcements, p.form.id) == announcements.end()) {
        send_page(res, 404, not_found_page(user));
        return;
    }
    AnnouncementCheck check =
        check_announcement(p.form, without_id(announcements, p.form.id), today_in_amsterdam());
    if (!check.errors.empty()) {
        p.errors = check.errors;
        p.hints = plain_language_hints(p.form.text["nl"], jargon_of(options_.data));
        send_page(res, 422, announcement_form_page(user, p));
        return;
    }
    draft.save_announcements(with_entry(announcements, check.announcement));
    log_line(user, "saved announcement " + check.announcement.value("id", "") +
                       " in the draft of group " + group);
    // The home screen shows announcements: the preview shows this one as visitors will see it.
    see_other(res, "/desk/groep/" + group + "/voorbeeld");
}

void DeskContentRoutes::remove_entry(httplib::Response& res, const DeskUser& user,
                                     const std::string& group, const std::string& kind,
                                     const std::string& id) {
    std::lock_guard lock(DraftContent::mutex());
    DraftContent draft(options_.data, group);
    draft.ensure();
    if (kind == "pagina")
        draft.save_pages(without_id(draft.pages(), id));
    else
        draft.save_announcements(without_id(draft.announcements(), id));
    log_line(user, "removed " + kind + " " + id + " from the draft of group " + group);
    see_other(res, "/desk/groep/" + group + "/");
}

void DeskContentRoutes::catalogue(const httplib::Request& req, httplib::Response& res,
                                  const DeskUser& user, const std::string& group,
                                  const std::string& language) {
    CataloguePage p{group, language, "", {}, {}, ""};
    {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        p.rows = catalogue_rows(language, read_file(draft.folder() / "ui" / (language + ".json")));
    }
    if (req.has_param("opgeslagen"))
        p.message = "Opgeslagen in het concept. De kiosks krijgen deze teksten bij de volgende "
                    "publicatie.";
    send_page(res, 200, catalogue_page(user, p));
}

void DeskContentRoutes::save_catalogue(const httplib::Request& req, httplib::Response& res,
                                       const DeskUser& user, const std::string& group,
                                       const std::string& language) {
    const Form posted(req);
    auto field = [&](const std::string& f) { return posted.field(f); };
    CatalogueCheck check = check_catalogue(language, field);
    if (!check.errors.empty()) {
        CataloguePage p{group,        language, "", posted_catalogue_rows(language, field),
                        check.errors, ""};
        send_page(res, 422, catalogue_page(user, p));
        return;
    }
    {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        draft.save_file("ui/" + language + ".json", check.file_text);
    }
    log_line(user, "saved the " + language + " texts in the draft of group " + group);
    see_other(res, "/desk/groep/" + group + "/taal/" + language + "?opgeslagen=1");
}

void DeskContentRoutes::preview(const httplib::Request& req, httplib::Response& res,
                                const DeskUser& user, const std::string& group) {
    PreviewPage p;
    p.group = group;
    p.can_publish = can_publish();
    const std::string id = req.get_param_value("activiteit");
    std::vector<PreviewShot> shots;
    std::string now = local_today() + "T08:00";
    fs::path draft_folder;
    {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        if (!id.empty()) {
            for (const Json& a : draft.activities()) {
                if (!a.is_object() || a.value("id", "") != id) continue;
                const ActivityForm form = form_of(a);
                p.activity_id = id;
                p.activity_name = form.title.count("nl") ? form.title.at("nl") : id;
                for (const auto& [field, found] : hints_of(form, options_.data))
                    p.hints.insert(p.hints.end(), found.begin(), found.end());
                now = preview_moment(form);
            }
        }
        for (const auto& [w, h] : std::vector<std::pair<int, int>>{{1920, 1080}, {800, 480}}) {
            const std::string size = std::to_string(w) + "x" + std::to_string(h);
            shots.push_back({"home-" + size + ".png", w, h, "", "", now});
            if (!p.activity_id.empty())
                shots.push_back({"detail-" + size + ".png", w, h, "detail", p.activity_id, now});
        }
        draft_folder = assemble(group);
    }
    const fs::path out = preview_folder(group, user.account.name);
    std::error_code ec;
    fs::remove_all(out, ec);
    create_private_folder(out);
    p.error = preview_.render(draft_folder, shots, out);
    fs::remove_all(draft_folder, ec);
    for (const PreviewShot& shot : shots)
        p.files.push_back(shot.file);
    send_page(res, p.error.empty() ? 200 : 500, preview_page(user, p));
}

void DeskContentRoutes::preview_file(httplib::Response& res, const DeskUser& user,
                                     const std::string& group, const std::string& file) {
    // Only the names render() writes, from the account's own folder: nothing else can be asked
    // for, and nobody sees another editor's draft.
    static const std::set<std::string> names{"home-1920x1080.png", "home-800x480.png",
                                             "detail-1920x1080.png", "detail-800x480.png"};
    desk_headers(res);
    std::optional<std::string> png;
    if (names.count(file)) png = read_file(preview_folder(group, user.account.name) / file);
    if (!png) {
        res.status = 404;
        return;
    }
    res.set_content(*png, "image/png");
}

fs::path DeskContentRoutes::assemble(const std::string& group) {
    std::string pattern = (fs::temp_directory_path() / "buurtkiosk-draft-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("no room for a scratch folder");
    const fs::path scratch = pattern;
    try {
        fs::copy(DraftContent(options_.data, group).folder(), scratch, fs::copy_options::recursive);
        const std::string why =
            AgendaFeeds(options_.data, group).merge_into(scratch, today_in_amsterdam());
        if (!why.empty()) throw std::runtime_error("the agenda feeds: " + why);
    } catch (...) {
        std::error_code ec;
        fs::remove_all(scratch, ec);
        throw;
    }
    return scratch;
}

void DeskContentRoutes::add_feed(const httplib::Request& req, httplib::Response& res,
                                 const DeskUser& user, const std::string& group) {
    const Form posted(req);
    FeedForm form{trim(posted.field("feed_name")), trim(posted.field("feed_url")), ""};
    form.error = AgendaFeeds(options_.data, group).add(form.name, form.url, options_.feeds);
    if (!form.error.empty()) {
        group_overview(res, user, group, "", 422, &form);
        return;
    }
    log_line(user, "added agenda feed " + form.name + " to group " + group);
    // Fetched at once, so the editor sees whether it works.
    fetch_feeds(res, user, group);
}

void DeskContentRoutes::remove_feed(httplib::Response& res, const DeskUser& user,
                                    const std::string& group, const std::string& name) {
    if (AgendaFeeds(options_.data, group).remove(name))
        log_line(user, "removed agenda feed " + name + " from group " + group);
    see_other(res, "/desk/groep/" + group + "/");
}

void DeskContentRoutes::fetch_feeds(httplib::Response& res, const DeskUser& user,
                                    const std::string& group) {
    HttpClient client(HttpTimeouts{std::chrono::milliseconds(10'000), 100, options_.feeds.total});
    AgendaFeeds(options_.data, group)
        .refresh(client, options_.feeds, std::chrono::system_clock::now());
    log_line(user, "fetched the agenda feeds of group " + group);
    see_other(res, "/desk/groep/" + group + "/#agendas");
}

void DeskContentRoutes::publish(httplib::Response& res, const DeskUser& user,
                                const std::string& group, const std::string& restored_from) {
    PublishedPage p;
    p.group = group;
    p.restored_from = restored_from;
    if (!can_publish()) {
        p.problems.push_back("De hub heeft geen ondertekeningssleutel; vraag de beheerder.");
        send_page(res, 503, published_page(user, p));
        return;
    }
    PublishOutcome outcome;
    {
        std::lock_guard lock(DraftContent::mutex());
        DraftContent draft(options_.data, group);
        draft.ensure();
        const fs::path assembled = assemble(group);
        outcome = publish_content(
            {options_.data, group, options_.signing_key, assembled, 365, user.account.name});
        std::error_code ec;
        fs::remove_all(assembled, ec);
        if (outcome.published)
            write_file_durably(draft.folder() / ".based-on", std::to_string(outcome.version) + "\n",
                               0600);
    }
    p.published = outcome.published;
    p.version = outcome.version;
    p.problems = outcome.problems;
    if (outcome.published)
        log_line(user,
                 "published version " + std::to_string(outcome.version) + " for group " + group);
    else
        log_line(user, "could not publish for group " + group);
    send_page(res, outcome.published ? 200 : 422, published_page(user, p));
}

void DeskContentRoutes::restore(const httplib::Request& req, httplib::Response& res,
                                const DeskUser& user, const std::string& group) {
    const std::string version = Form(req).field("versie");
    std::int64_t number = 0;
    try {
        number = std::stoll(version);
    } catch (...) {
    }
    bool restored = false;
    if (number > 0) {
        std::lock_guard lock(DraftContent::mutex());
        restored = DraftContent(options_.data, group).restore(number);
    }
    if (!restored) {
        send_page(res, 404, not_found_page(user));
        return;
    }
    log_line(user, "restored version " + version + " of group " + group + " into the draft");
    publish(res, user, group, version);
}

} // namespace bk::hub
