// Every tappable thing drawn in the last frame, by id and visible label, with its on-screen
// rectangle: scripted UI tests tap by label, exactly where a finger would.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

namespace bk {

struct TapTarget {
    std::string id;              // stable id, e.g. "tile-agenda", "card-koffieochtend-2026-11-24"
    std::string label;           // the words on it, e.g. "Agenda"
    ImVec2 min, max;             // visible part (clipped by scroll areas)
    ImVec2 full_min, full_max;   // the whole target, also where it is scrolled out of sight
    bool in_scroll_area = false; // clipped by a scroll area, so scrolling shows the rest
    ImVec2 area_min, area_max;   // the visible part of the window or scroll area it is in
    ImVec2 center() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
};

class TapTargets {
public:
    static TapTargets& frame(); // the targets of the frame being drawn / last drawn

    void begin_frame(); // moves this frame's list to `last`
    // Records the last ImGui item under `id`/`label`, clipped to the current clip rectangle;
    // wholly hidden items go to hidden().
    void record_last_item(const std::string& id, const std::string& label);
    // A target a long list did not lay out because it is out of sight (screen rectangle).
    void record_hidden(const std::string& id, const std::string& label, ImVec2 min, ImVec2 max);
    const std::vector<TapTarget>& last() const { return last_; }
    // The frame drawn most recently, for code that runs right after drawing (scripts).
    const std::vector<TapTarget>& drawn() const { return current_; }
    // Targets of that frame scrolled wholly out of sight: a script scrolls towards them.
    const std::vector<TapTarget>& hidden() const { return hidden_; }
    // Finds by exact id, else by exact label, else by label prefix; nullptr when absent.
    const TapTarget* find(const std::string& id_or_label) const;

    // Widgets say here when something did not fit (a label taller than its button): the layout
    // check of the UI tests reports it with the targets that are too small or off-screen.
    void note_problem(const std::string& problem);
    const std::vector<std::string>& drawn_problems() const { return current_problems_; }

private:
    std::vector<TapTarget> current_, last_, hidden_;
    std::vector<std::string> current_problems_;
};

} // namespace bk
