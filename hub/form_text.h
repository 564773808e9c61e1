// What the desk's forms (activity_form, page_form, announcement_form) share: reading a content
// file's texts into form fields and back, a new entry's id from its Dutch words, and which form
// field a problem of the kiosk's own reading belongs to.
#pragma once
#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace bk::hub {

// `object[key]` as a form shows it: a string as is, a whole number in digits, else "".
std::string text_in(const nlohmann::json& object, const char* key);

// A text of a content file (a Dutch string, or an object of languages) into `out`, one entry
// per desk language ("" where it has none).
void read_texts(const nlohmann::json& entry, const char* key,
                std::map<std::string, std::string>& out);

// The texts as a content file holds them: the desk languages in order, trimmed, empty ones left
// out.
nlohmann::json texts(const std::map<std::string, std::string>& by_language);

// "Koffie-ochtend in De Linde!" -> "koffie-ochtend-in-de-linde"; other letters become '-', at most
// about 40 characters; `fallback` when nothing is left (a title in another script).
std::string id_from(const std::string& title, const std::string& fallback = "activiteit");

// True when an entry of `others` has id `id`.
bool id_taken(const nlohmann::json& others, const std::string& id);

// `base`, or `base`-2, -3, ...: the first that no entry of `others` has.
std::string unique_id(const std::string& base, const nlohmann::json& others);

// "YYYY-MM-DD" and a real date.
bool is_date(const std::string& text);

// The number of characters (not bytes) of UTF-8 `text`: "één" is three.
std::size_t character_count(const std::string& text);

// Line ends as a browser posts them ("\r\n") made "\n", as the content files take them.
std::string unix_lines(std::string text);

// The form field a problem of the kiosk's reading belongs to, or "" (shown above the form).
// `path` is the reader's field ("pages[0].title.en"); after the entry's index, the prefixes in
// `skip` are dropped ("weekly."); a key of `texts` gives <key>_<language> ("title_en", and
// "title_nl" for the text as a whole), a key of `plain` itself.
std::string form_field_of(const std::string& path, const std::vector<std::string>& texts,
                          const std::vector<std::string>& plain,
                          const std::vector<std::string>& skip = {});

} // namespace bk::hub
