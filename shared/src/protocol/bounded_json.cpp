// A SAX pass that counts nesting and stops at the first level too deep, before any value is built.
#include "buurtkiosk/protocol/bounded_json.h"

namespace bk {
namespace {

class DepthCheck : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit DepthCheck(int max_depth) : max_depth_(max_depth) {}
    std::string error;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return enter(); }
    bool key(string_t&) override { return true; }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override { return enter(); }
    bool end_array() override { return leave(); }
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& e) override {
        // nlohmann's message is "[json.exception.parse_error.101] parse error at line 3, ...":
        // keep the part after the bracketed id, it names line and column.
        std::string message = e.what();
        if (auto end = message.find("] "); end != std::string::npos) message.erase(0, end + 2);
        error = message;
        return false;
    }

private:
    bool enter() {
        if (++depth_ <= max_depth_) return true;
        error = "nested deeper than " + std::to_string(max_depth_) + " levels";
        return false;
    }
    bool leave() {
        --depth_;
        return true;
    }
    int max_depth_;
    int depth_ = 0;
};

} // namespace

std::string check_json(std::string_view text, const JsonLimits& limits) {
    if (text.size() > limits.max_bytes)
        return "larger than " + std::to_string(limits.max_bytes) + " bytes";
    DepthCheck check(limits.max_depth);
    if (nlohmann::json::sax_parse(text, &check)) return "";
    return check.error.empty() ? "not valid JSON" : check.error;
}

} // namespace bk
