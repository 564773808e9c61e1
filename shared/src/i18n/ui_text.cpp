#include "buurtkiosk/i18n/ui_text.h"

#include "buurtkiosk/content/catalogue_file.h"
#include "i18n/builtin_catalogues.h"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <set>

namespace bk {

namespace {

std::map<std::string, Catalogue, std::less<>> read_builtin_catalogues() {
    std::map<std::string, Catalogue, std::less<>> catalogues;
    const Catalogue* dutch = nullptr;
    // Dutch first: it is the reference the others are read against.
    for (int pass = 0; pass < 2; ++pass)
        for (const BuiltinCatalogue& file : builtin_catalogue_files()) {
            if ((file.language == "nl") != (pass == 0)) continue;
            std::vector<BundleProblem> problems;
            auto catalogue =
                read_catalogue(std::string(file.file), std::string(file.json), dutch, problems);
            // Only a broken build gets here: tests/i18n checks every built-in catalogue.
            for (const auto& problem : problems)
                std::fprintf(stderr, "buurtkiosk: built-in %s\n", problem.to_string().c_str());
            if (!catalogue) continue;
            auto& stored = catalogues[catalogue->language] = std::move(*catalogue);
            if (pass == 0) dutch = &stored;
        }
    return catalogues;
}

const std::map<std::string, Catalogue, std::less<>>& builtin_catalogues() {
    static const auto catalogues = read_builtin_catalogues();
    return catalogues;
}

std::atomic<const UiTexts*> current_texts{nullptr};

const UiTexts& current() {
    if (const UiTexts* texts = current_texts.load()) return *texts;
    static const UiTexts builtin;
    return builtin;
}

UiTexts::Found find_or_report(std::string_view key, const std::string& language) {
    UiTexts::Found found = current().find(key, language);
    if (found.text) return found;
    static std::mutex mutex;
    static std::set<std::string, std::less<>> reported;
    std::lock_guard lock(mutex);
    if (reported.emplace(key).second)
        std::fprintf(stderr, "buurtkiosk: no catalogue has the text \"%.*s\"\n", int(key.size()),
                     key.data());
    return found;
}

} // namespace

UiTexts::UiTexts(const std::vector<Catalogue>& from_bundle) : by_language_(builtin_catalogues()) {
    for (const Catalogue& catalogue : from_bundle)
        by_language_[catalogue.language] = catalogue;
}

UiTexts::Found UiTexts::find(std::string_view key, const std::string& language) const {
    for (std::string_view lang : {std::string_view(language), std::string_view("nl")}) {
        auto catalogue = by_language_.find(lang);
        if (catalogue == by_language_.end()) continue;
        auto text = catalogue->second.texts.find(key);
        if (text != catalogue->second.texts.end()) return {&text->second, catalogue->first};
    }
    return {};
}

const Catalogue& builtin_catalogue(std::string_view language) {
    static const Catalogue none;
    auto found = builtin_catalogues().find(language);
    return found != builtin_catalogues().end() ? found->second : none;
}

void use_ui_texts(std::shared_ptr<const UiTexts> texts) {
    // Every set stays alive for the process's life: a screen may hold a text of the previous one
    // while the next is put in place, and catalogues change only with a new bundle.
    static std::mutex mutex;
    static std::vector<std::shared_ptr<const UiTexts>> kept;
    std::lock_guard lock(mutex);
    const UiTexts* now = texts.get();
    kept.push_back(std::move(texts));
    current_texts.store(now);
}

std::string fill_placeholders(std::string text, TextValues values) {
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + std::string(name) + "}";
        for (auto at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

const char* ui_text(std::string_view key, const std::string& language) {
    const CatalogueText* text = find_or_report(key, language).text;
    if (!text) return "";
    auto form = text->forms.find(PluralCategory::Other);
    return form != text->forms.end() ? form->second.c_str() : "";
}

std::string ui_text(std::string_view key, const std::string& language, TextValues values) {
    return fill_placeholders(ui_text(key, language), values);
}

std::string ui_plural(std::string_view key, const std::string& language, long long n,
                      TextValues values) {
    auto [text, found_in] = find_or_report(key, language);
    if (!text) return {};
    auto form = text->forms.find(plural_category(found_in, n));
    if (form == text->forms.end()) form = text->forms.find(PluralCategory::Other);
    if (form == text->forms.end()) return {};
    return fill_placeholders(fill_placeholders(form->second, {{"n", std::to_string(n)}}), values);
}

} // namespace bk
