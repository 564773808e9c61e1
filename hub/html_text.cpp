// HTML read by libxml2's HTML parser (lenient, as editors' HTML needs), walked for its text.
#include "html_text.h"

#include <libxml/HTMLparser.h>

#include <cstring>
#include <memory>
#include <regex>

namespace bk::hub {
namespace {

bool is_block(const char* name) {
    static const char* const blocks[] = {"p",  "div", "li", "ul", "ol",         "tr",   "h1",
                                         "h2", "h3",  "h4", "h5", "blockquote", "table"};
    for (const char* block : blocks)
        if (std::strcmp(name, block) == 0) return true;
    return false;
}

// Appends text with runs of white space as one space; `out` ends in '\n' after a block.
void add_words(std::string& out, const char* text) {
    for (const char* c = text; *c; ++c) {
        bool space = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r';
        if (!space)
            out += *c;
        else if (!out.empty() && out.back() != ' ' && out.back() != '\n')
            out += ' ';
    }
}

void end_line(std::string& out, bool paragraph) {
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (out.empty()) return;
    if (out.back() != '\n') out += '\n';
    if (paragraph && (out.size() < 2 || out[out.size() - 2] != '\n')) out += '\n';
}

void walk(xmlNode* node, std::string& out) {
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            add_words(out, reinterpret_cast<const char*>(node->content));
        } else if (node->type == XML_ELEMENT_NODE) {
            const char* name = reinterpret_cast<const char*>(node->name);
            if (std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0) continue;
            if (std::strcmp(name, "br") == 0) {
                end_line(out, false);
                continue;
            }
            bool block = is_block(name);
            bool item = std::strcmp(name, "li") == 0;
            if (block) end_line(out, !item);
            if (item) out += "- ";
            walk(node->children, out);
            if (block) end_line(out, !item && std::strcmp(name, "ul") != 0);
        }
    }
}

} // namespace

bool looks_like_html(const std::string& text) {
    static const std::regex tag(R"(<(/?[a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?/?>|&(#[0-9]+|[a-z]+);)");
    return std::regex_search(text, tag);
}

std::string html_to_plain_text(const std::string& html) {
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_NOBLANKS),
        &xmlFreeDoc);
    if (!doc) return html;
    std::string out;
    walk(xmlDocGetRootElement(doc.get()), out);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

} // namespace bk::hub
