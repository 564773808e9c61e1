#include "buurtkiosk/domain/content.h"

namespace bk {

namespace {
struct CategoryName {
    Category category;
    const char* id;
};
constexpr CategoryName kCategoryNames[] = {
    {Category::Ontmoeting, "ontmoeting"},       {Category::Eten, "eten"},
    {Category::Creatief, "creatief"},           {Category::Bewegen, "bewegen"},
    {Category::HulpEnAdvies, "hulp-en-advies"}, {Category::Kinderen, "kinderen"},
};
} // namespace

std::optional<Category> parse_category(const std::string& id) {
    for (const auto& entry : kCategoryNames)
        if (id == entry.id) return entry.category;
    return std::nullopt;
}

const char* category_id(Category category) {
    for (const auto& entry : kCategoryNames)
        if (entry.category == category) return entry.id;
    return "ontmoeting";
}

const std::vector<Category>& all_categories() {
    static const std::vector<Category> all = [] {
        std::vector<Category> v;
        for (const auto& entry : kCategoryNames)
            v.push_back(entry.category);
        return v;
    }();
    return all;
}

const Activity* Content::find_activity(const std::string& id) const {
    for (const auto& a : activities)
        if (a.id == id) return &a;
    return nullptr;
}

const InfoPage* Content::find_page(const std::string& id) const {
    for (const auto& p : pages)
        if (p.id == id) return &p;
    return nullptr;
}

} // namespace bk
