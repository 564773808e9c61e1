#include "kiosk_sync.h"

#include "app.h"
#include "buurtkiosk/sync/sync_client.h"
#include "ui_queue.h"

#include <cstdio>

namespace bk {

std::unique_ptr<KioskSync> KioskSync::from_config(const std::filesystem::path& config_file,
                                                  const KioskLayout& layout, const Clock& clock,
                                                  std::string& error) {
    KioskConfigParse parsed = load_kiosk_config(config_file);
    if (!parsed.config) {
        error = parsed.error;
        return nullptr;
    }
    SyncOptions options;
    options.config = *parsed.config;
    if (options.config.data_dir.empty()) options.config.data_dir = layout.data;
    options.database_file = layout.store();
    options.interval = std::chrono::seconds(std::max(1, options.config.sync_interval_seconds));
    return std::unique_ptr<KioskSync>(
        new KioskSync(std::make_unique<SyncClient>(std::move(options), clock)));
}

KioskSync::KioskSync(std::unique_ptr<SyncClient> client) : client_(std::move(client)) {}

KioskSync::~KioskSync() {
    client_->stop();
}

std::optional<std::filesystem::path> KioskSync::current_bundle() const {
    return client_->content().current_bundle();
}

void KioskSync::start(App& app) {
    client_->on_installed([&app](const std::filesystem::path& bundle, std::int64_t version) {
        std::fprintf(stderr, "buurtkiosk: content version %lld installed\n",
                     static_cast<long long>(version));
        std::string dir = bundle.string();
        post_to_ui([&app, dir] { app.offer_bundle(dir); });
    });
    client_->start();
}

SyncStatus KioskSync::status() const {
    return client_->status();
}

void KioskSync::wake() {
    client_->wake();
}

} // namespace bk
