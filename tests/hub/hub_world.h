// A hub in a temp folder with a signing key and kiosks provisioned on demand, spoken to over
// plain HTTP the way a kiosk (or an attacker) would: the common ground of the hub tests.
#pragma once
#include "buurtkiosk/sync/http_client.h"
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include <string>

namespace bk::test {

class HubWorld {
public:
    HubWorld(); // keygen and start the hub
    TempDir tmp;
    HubProcess hub;
    std::filesystem::path key_file;

    // Provisions a kiosk; returns its bearer token.
    std::string provision(const std::string& kiosk, const std::string& group);
    // Publishes `content_dir` for `group`; returns the hub's stdout.
    std::string publish(const std::string& group, const std::filesystem::path& content_dir);
    // A copy of content/demo under tmp/<name>, to edit and publish.
    std::filesystem::path copy_demo_content(const std::string& name) const;

    HttpResponse get(const std::string& path, const std::string& token = "") const;
    HttpResponse post(const std::string& path, const std::string& token, const std::string& body,
                      const std::string& idempotency_key = "") const;
    // A valid sign-up body with this id.
    static std::string sign_up_body(const std::string& id);
};

} // namespace bk::test
