#include "widgets/touch_scroll.h"

#include "frame_pacing.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace bk {

namespace {
struct DragState {
    bool pressed = false;
    bool dragging = false;
    float start_mouse_y = 0;
    float start_scroll = 0;
    float last_mouse_y = 0;
    double last_time = 0;
    float velocity = 0; // pixels per second, for the glide after release
    unsigned visit = 0;
};

std::unordered_map<ImGuiID, DragState>& states() {
    static std::unordered_map<ImGuiID, DragState> map;
    return map;
}
} // namespace

void begin_touch_scroll(const Theme& theme, const char* id, ImVec2 size, unsigned visit) {
    ImGui::BeginChild(id, size, false, ImGuiWindowFlags_None);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    DragState& s = states()[window->ID];
    if (visit != s.visit) { // a new visitor, or the same one back again: from the top
        s = DragState{};
        s.visit = visit;
        ImGui::SetScrollY(window, 0);
    }
    ImGuiIO& io = ImGui::GetIO();
    const float threshold = theme.px(18);
    double now = ImGui::GetTime();

    bool inside = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem |
                                         ImGuiHoveredFlags_ChildWindows);
    if (inside && ImGui::IsMouseClicked(0)) {
        s = DragState{.visit = s.visit};
        s.pressed = true;
        s.start_mouse_y = s.last_mouse_y = io.MousePos.y;
        s.start_scroll = window->Scroll.y;
        s.last_time = now;
    }
    if (s.pressed && ImGui::IsMouseDown(0)) {
        float dy = io.MousePos.y - s.start_mouse_y;
        if (!s.dragging && std::fabs(dy) > threshold) s.dragging = true;
        if (s.dragging) {
            ImGui::SetScrollY(window, std::clamp(s.start_scroll - dy, 0.0f, window->ScrollMax.y));
            // The finger is scrolling, not tapping: the button it started on must not fire.
            if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
            double dt = now - s.last_time;
            if (dt > 0.001) {
                float v = float((io.MousePos.y - s.last_mouse_y) / dt);
                s.velocity = 0.6f * v + 0.4f * s.velocity;
                s.last_mouse_y = io.MousePos.y;
                s.last_time = now;
            }
        }
    } else if (s.pressed) {
        s.pressed = false;
        if (!s.dragging) s.velocity = 0;
    }
    if (!s.pressed && std::fabs(s.velocity) > 20.0f) {
        float dt = std::min(io.DeltaTime, 0.05f);
        float next = window->Scroll.y - s.velocity * dt;
        next = std::clamp(next, 0.0f, window->ScrollMax.y);
        ImGui::SetScrollY(window, next);
        s.velocity *= std::pow(0.04f, dt); // glide stops within about a second
        if (next <= 0.0f || next >= window->ScrollMax.y) s.velocity = 0;
        request_animation_frame();
    }
}

void end_touch_scroll() {
    ImGui::EndChild();
}

} // namespace bk
