// buurtkiosk: the touchscreen app of a Buurtkamer.
#include "app.h"
#include "headset.h"
#include "health_report.h"
#include "kiosk_sync.h"
#include "local_agenda.h"
#include "options.h"
#include "retention.h"
#include "screen_reader.h"
#include "screen_to_wav.h"
#include "screens/screens.h"
#include "script/script_player.h"
#include "stored_requests.h"
#include "synced_requests.h"
#include "volunteer_setup.h"

#include "buurtkiosk/sync/kiosk_config.h"

#include <sys/stat.h>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
    // Everything the kiosk writes (store, PIN hash, synced content) is its user's alone, also
    // when it is started by hand and not by the systemd unit (StateDirectoryMode=0700).
    ::umask(077);
    std::string error;
    auto options = bk::parse_options(argc, argv, error);
    if (!options) {
        std::fprintf(stderr, "%s", error.c_str());
        return error.rfind("usage", 0) == 0 ? 0 : 2;
    }
    if (!bk::can_start_on(options->start_screen)) {
        std::fprintf(stderr, "buurtkiosk: --screen %s: %s\n", options->start_screen.c_str(),
                     bk::startable_screens().c_str());
        return 2;
    }
    std::optional<bk::ParsedScript> script;
    if (!options->script.empty()) {
        script = bk::load_script(options->script, error);
        if (!script) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return bk::ScriptPlayer::kFailed;
        }
    }
    if (options->list_audio) { // for IT: the names --headset can pick from
        auto outputs = bk::audio_outputs();
        if (outputs.empty()) std::printf("no audio outputs (%s)\n", SDL_GetError());
        for (const std::string& name : outputs)
            std::printf("%s\n", name.c_str());
        return 0;
    }
    if (!options->check_config.empty()) { // the device's first boot, before it takes a file
        auto parsed = bk::load_kiosk_config(options->check_config);
        if (!parsed.config) {
            std::fprintf(stderr, "%s\n", parsed.error.c_str());
            return 2;
        }
        std::printf("%s: good: hub %s, group %s\n", options->check_config.c_str(),
                    parsed.config->hub_url.c_str(), parsed.config->kiosk_group.c_str());
        return 0;
    }
    const bk::KioskLayout layout = bk::KioskLayout::from_option(options->data_dir);
    if (options->set_volunteer_pin) return bk::set_volunteer_pin(layout);
    // With a hub configured, the last content sync installed is what the kiosk starts on.
    std::unique_ptr<bk::KioskSync> sync;
    // Sync times its cycles on the real clock, also when --now fixes the screens' clock.
    static bk::SystemClock sync_clock;
    if (!options->config.empty()) {
        sync = bk::KioskSync::from_config(options->config, layout, sync_clock, error);
        if (!sync)
            std::fprintf(stderr, "buurtkiosk: no sync, running offline: %s\n", error.c_str());
        else if (auto bundle = sync->current_bundle())
            options->content_dir = bundle->string();
    }
    bk::App app(std::move(*options));
    // The store: sign-ups, cancellations and callback requests; screens see it as a
    // VisitorRequests.
    bk::StoredRequests stored(layout.store(), app.clock());
    // Without a usable kiosk.json there is no sync: callback requests wait for a volunteer.
    auto sync_status = [&sync]() -> std::optional<bk::SyncStatus> {
        if (!sync) return std::nullopt;
        return sync->status();
    };
    bk::SyncedRequests requests(
        stored,
        [&sync] {
            if (sync) sync->wake();
        },
        sync_status, sync_clock);
    bk::VolunteerSetup volunteer(layout, stored.database(), stored.sign_ups_seen(), app.clock(),
                                 [&sync] {
                                     if (sync) sync->wake();
                                 });
    volunteer.session().sync_status = sync_status;
    if (sync) volunteer.session().sync_now = [&sync] { sync->wake(); };
    volunteer.session().callback_delivery = [&requests] { return requests.callback_delivery(); };
    // Reading aloud: the rate comes from the content (speech_rate x espeak-ng's 175 wpm). With
    // --speak-to-wav the recording has the one speech engine a process may have.
    int words_per_minute = int(175 * app.content().settings.speech_rate);
    std::unique_ptr<bk::ScreenReader> reader;
    if (app.options().speak_to_wav.empty()) {
        reader = std::make_unique<bk::ScreenReader>(words_per_minute, app.options().headset);
        app.on_visitor_reset = [&reader] { reader->forget_visitor(); };
        app.on_audio_outputs_changed = [&reader] { reader->audio_outputs_changed(); };
        app.visitor_listening = [&reader] { return reader->visitor_listening(); };
    }
    bk::Retention retention(stored.database());
    bk::LocalAgenda local_agenda(stored.database());
    app.provide_services = [&app, &stored, &requests, &volunteer, &reader, &retention,
                            &local_agenda](bk::ScreenContext& ctx) {
        stored.refresh(); // a sync or another screen may have changed the counts
        if (auto local = local_agenda.changed(ctx.now.date))
            app.set_local_activities(std::move(*local));
        retention.on_day(ctx.now.date, app.content().settings.signup_retention_days);
        if (reader) reader->extend(app, ctx);
        ctx.requests = &requests;
        ctx.volunteer = &volunteer.session();
        // "Terug", "Begin" or a privacy reset out of volunteer mode ends it: the next hold on
        // the name asks for the PIN again.
        if (!bk::is_volunteer_screen(ctx.nav.current())) {
            volunteer.session().access.lock();
            volunteer.session().forget_forms();
        }
        ctx.places_taken = [&requests](const std::string& activity_id, bk::Date date) {
            return requests.places_taken(activity_id, date);
        };
    };
    bk::HealthReport health(layout.healthy(), BUURTKIOSK_VERSION,
                            std::chrono::seconds(app.options().healthy_after_seconds));
    app.on_loop_pass = [&health, &sync] {
        if (health.written()) return;
        health.check(bk::HealthReport::Clock::now(), !sync || sync->status().last_success);
    };
    if (!app.open()) return 1;
    if (sync) sync->start(app);
    if (!app.options().speak_to_wav.empty()) {
        app.set_frame_hook([words_per_minute, frames = 0](bk::App& a) mutable {
            if (++frames < 4) return; // let the layout settle, as for a screenshot
            a.quit(bk::speak_screen_to_wav(a.speakables(), a.visitor().language, words_per_minute,
                                           a.options().speak_to_wav));
        });
    }
    std::unique_ptr<bk::ScriptPlayer> player;
    if (script) {
        player = std::make_unique<bk::ScriptPlayer>(std::move(*script));
        app.set_frame_hook([&player](bk::App& a) { player->on_frame(a); });
    }
    return app.run();
}
