// Which kiosk category an imported event gets: from its CATEGORIES, else from words in its
// title, else the default. The municipality can add or change words in a JSON file.
#pragma once
#include "buurtkiosk/domain/content.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bk::hub {

class IcsCategories {
public:
    IcsCategories(); // the built-in words (docs/content-format.md lists them)

    // {"default": "ontmoeting", "words": {"sport": "bewegen", ...}} over the built-in words.
    // nullopt with `why` ("categories.json: words.\"sport\": unknown category ...").
    static std::optional<IcsCategories> with_file(const std::filesystem::path& file,
                                                  std::string& why);

    // `matched` is false when only the default was left.
    Category of(const std::vector<std::string>& categories, const std::string& title,
                bool& matched) const;

private:
    std::map<std::string, Category> words_; // lower case
    Category default_ = Category::Ontmoeting;
};

} // namespace bk::hub
