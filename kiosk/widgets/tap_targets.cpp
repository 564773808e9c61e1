#include "widgets/tap_targets.h"

#include <imgui_internal.h>

namespace bk {

TapTargets& TapTargets::frame() {
    static TapTargets targets;
    return targets;
}

void TapTargets::begin_frame() {
    last_.swap(current_);
    current_.clear();
    hidden_.clear();
    current_problems_.clear();
}

namespace {
void record(const std::string& id, const std::string& label, ImRect full,
            std::vector<TapTarget>& shown, std::vector<TapTarget>& hidden) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImRect rect = full;
    rect.ClipWith(window->ClipRect);
    bool scrolls = (window->Flags & ImGuiWindowFlags_ChildWindow) != 0;
    bool out_of_sight = rect.GetWidth() < 4 || rect.GetHeight() < 4;
    (out_of_sight ? hidden : shown)
        .push_back({id, label, rect.Min, rect.Max, full.Min, full.Max, scrolls,
                    window->InnerClipRect.Min, window->InnerClipRect.Max});
}
} // namespace

void TapTargets::record_last_item(const std::string& id, const std::string& label) {
    record(id, label, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), current_, hidden_);
}

void TapTargets::record_hidden(const std::string& id, const std::string& label, ImVec2 min,
                               ImVec2 max) {
    record(id, label, ImRect(min, max), current_, hidden_);
}

void TapTargets::note_problem(const std::string& problem) {
    current_problems_.push_back(problem);
}

const TapTarget* TapTargets::find(const std::string& id_or_label) const {
    for (const auto& t : last_)
        if (t.id == id_or_label) return &t;
    for (const auto& t : last_)
        if (t.label == id_or_label) return &t;
    for (const auto& t : last_)
        if (t.label.rfind(id_or_label, 0) == 0) return &t;
    return nullptr;
}

} // namespace bk
